namespace Research.Tests.Presentation;

using Research;

public class TableTests
{
    record Row(string Name, int Count, DateOnly? Date);

    [Fact]
    public void Escapes_every_cell_and_header()
    {
        var html = Table.From([new Row("<script>alert(1)</script>", 1, null)]).ToHtml();
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Limits_a_long_table_and_says_how_many_rows_it_has()
    {
        var table = Table.From(Enumerable.Range(0, 1000).Select(i => new Row("r" + i, i, null)));
        var html = table.ToHtml();
        Assert.Contains("showing 200 of 1,000 rows", html);
        Assert.Contains(">r199<", html);
        Assert.DoesNotContain(">r200<", html);
        Assert.Contains("showing 500 of 1,000 rows", new Table(table.Columns, table.Rows) { MaxHtmlRows = 500 }.ToHtml());
    }

    [Fact]
    public void Writes_csv_with_quoting_and_iso_dates()
    {
        var csv = Table.From([new Row("a, \"b\"", 2, new DateOnly(2021, 12, 2))]).ToCsv();
        Assert.Equal("Name,Count,Date\n\"a, \"\"b\"\"\",2,2021-12-02\n", csv);
    }

    [Fact]
    public void Carries_the_display_contract_by_name()
    {
        var attribute = typeof(Table).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var source = Activator.CreateInstance(((TypeFormatterSourceAttribute)attribute).FormatterSourceType)!;
        var formatters = ((System.Collections.IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();
        var html = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
        var writer = new StringWriter();
        Assert.True((bool)html.GetType().GetMethod("Format")!.Invoke(html, [Table.From([new Row("x", 1, null)]), writer])!);
        Assert.StartsWith("<div class=\"research-table\"", writer.ToString());
    }

    [Fact]
    public void A_chart_keeps_its_numbers_as_a_table_and_draws_from_deterministic_json()
    {
        var chart = Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]);
        Assert.Equal(2, chart.DataTable.Rows.Count);
        Assert.Equal(chart.ToHtml(), Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]).ToHtml());
        Assert.Contains("\"type\":\"bar\"", chart.ToJson());
        Assert.Contains("id=\"plot-", chart.ToHtml());
    }
}
