namespace Research.Tests.Frames;

using Microsoft.Data.Analysis;
using Research;

public class DataFrameHtmlTests
{
    [Fact]
    public void A_dataframe_renders_as_the_same_table_as_its_rows()
    {
        var frame = new DataFrame(new StringDataFrameColumn("name", ["<script>x</script>", null]), new Int32DataFrameColumn("n", [1, null]),
            new DateTimeDataFrameColumn("day", [new DateTime(2021, 12, 2), null]));
        var html = DataFrameHtml.ToHtml(frame);
        Assert.Equal(new Table(["name", "n", "day"], [["<script>x</script>", 1, new DateTime(2021, 12, 2)], [null, null, null]]).ToHtml(), html);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html);
        Assert.Contains(">2021-12-02<", html);
        Assert.Contains("<i>2 rows</i>", html);
    }

    [Fact]
    public void A_long_dataframe_is_limited_in_html_and_text()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, 1000).Select(i => (int?)i)));
        Assert.Contains("showing 200 of 1,000 rows", DataFrameHtml.ToHtml(frame));
        Assert.Contains("showing 20 of 1,000 rows", DataFrameHtml.ToText(frame));
        Assert.Contains("1 row", DataFrameHtml.ToText(frame.Head(1)));
    }

    [Fact]
    public void Its_formatter_source_gives_html_and_plain_text()
    {
        var formatters = new DataFrameFormatterSource().CreateTypeFormatters().Cast<DisplayFormatter<DataFrame>>().ToList();
        Assert.Equal(["text/html", "text/plain"], formatters.Select(f => f.MimeType));
        var writer = new StringWriter();
        Assert.True(formatters[0].Format(new DataFrame(new Int32DataFrameColumn("n", [1])), writer));
        Assert.Contains("<i>1 row</i>", writer.ToString());
    }
}
