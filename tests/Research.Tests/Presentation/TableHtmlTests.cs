namespace Research.Tests.Presentation;

using Research;

public class TableHtmlTests
{
    record Row(string Name, int Count);

    static string Render(int rows, Func<int, string>? name = null, int maxRows = TableHtml.DefaultMaxRows) =>
        Table.From(Enumerable.Range(0, rows).Select(i => new Row(name?.Invoke(i) ?? "r" + i, i))) is var t
            ? new Table(t.Columns, t.Rows, "Rows") { MaxHtmlRows = maxRows }.ToHtml() : "";

    [Theory]
    [InlineData(0, "0 rows")]
    [InlineData(1, "1 row")]
    [InlineData(2, "2 rows")]
    [InlineData(1234, "1,234 rows")]
    public void Counts_rows_in_words(int rows, string words) => Assert.Equal(words, TableHtml.RowCount(rows));

    [Fact]
    public void A_table_of_one_row_says_1_row()
    {
        var html = Render(1);
        Assert.Contains("<i>1 row</i>", html);
        Assert.DoesNotContain("1 rows", html);
    }

    [Fact]
    public void Never_writes_more_than_the_limit_and_says_so()
    {
        var html = Render(5000);
        Assert.Equal(TableHtml.DefaultMaxRows, CountOf(html, "<tr>") - 1);
        Assert.Contains("showing 200 of 5,000 rows", html);
        Assert.Equal(10, CountOf(Render(5000, maxRows: 10), "<tr>") - 1);
    }

    [Fact]
    public void Escapes_every_value_header_and_title()
    {
        var html = new Table(["<b>col</b>"], [["<script>alert(1)</script>"], ["\"quoted\" & <img src=x onerror=alert(1)>"]], "<i>title</i>").ToHtml();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>col", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;i&gt;title&lt;/i&gt;", html);
    }

    [Fact]
    public void Shortens_long_ids_and_keeps_the_full_value_in_the_title()
    {
        var id = new string('a', 30) + "0123456789abcdef0123456789abcdef";
        var html = Render(2, i => i == 0 ? id : "<" + id + ">");
        Assert.Contains($"title=\"{id}\">{id[..20]}…{id[^8..]}</td>", html);
        Assert.Contains($"title=\"&lt;{id}&gt;\"", html);
        Assert.Equal("a few words stay whole even when they run long", TableHtml.Shorten("a few words stay whole even when they run long"));
    }

    [Fact]
    public void Is_deterministic_with_an_id_from_its_content()
    {
        Assert.Equal(Render(30), Render(30));
        Assert.NotEqual(IdOf(Render(30)), IdOf(Render(31)));
        Assert.Matches("^rt-[0-9a-f]{12}$", IdOf(Render(30)));
    }

    [Fact]
    public void Searches_and_sorts_offline_and_reads_as_a_plain_table_without_scripts()
    {
        var html = Render(30);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("position:sticky", html);
        var stripped = System.Text.RegularExpressions.Regex.Replace(html, "<script>.*?</script>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Contains("<table><thead><tr><th>Name</th><th>Count</th></tr></thead>", stripped);
        Assert.DoesNotContain("<input", stripped);
        Assert.Contains("<i>30 rows</i>", stripped);
    }

    static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    static string IdOf(string html) => System.Text.RegularExpressions.Regex.Match(html, "id=\"(rt-[^\"]+)\"").Groups[1].Value;
}
