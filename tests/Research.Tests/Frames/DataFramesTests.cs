namespace Research.Tests.Frames;

using Microsoft.Data.Analysis;
using Research;

public class DataFramesTests(SeedFrames seed) : IClassFixture<SeedFrames>
{
    record Row(string Name, int? Count, DateOnly? Day, IReadOnlyList<string> Tags, ValueRange Range, ClaimVerdict Verdict);

    [Fact]
    public void Maps_each_property_to_a_typed_column_by_the_documented_rules()
    {
        var frame = DataFrames.From([
            new Row("a", 3, new DateOnly(2021, 12, 2), ["x", "y"], new ValueRange(1, 2, 1, false), ClaimVerdict.Conflict),
            new Row("b", null, null, [], new ValueRange(5, 5, 1, true), ClaimVerdict.Same),
        ]);
        Assert.Equal(["name", "count", "day", "tags", "range_low", "range_high", "range_precision", "range_vague", "verdict"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal([typeof(string), typeof(int), typeof(DateTime), typeof(string), typeof(double), typeof(double), typeof(double), typeof(bool), typeof(string)],
            frame.Columns.Select(c => c.DataType));
        Assert.Equal(new DateTime(2021, 12, 2), frame["day"][0]);
        Assert.Equal("x; y", frame["tags"][0]);
        Assert.Equal("Conflict", frame["verdict"][0]);
        Assert.Null(frame["count"][1]);
        Assert.Null(frame["day"][1]);
        Assert.Equal("", frame["tags"][1]);
    }

    [Fact]
    public void Seed_tables_keep_every_row_and_typed_columns()
    {
        var corpus = seed.Corpus;
        var f = seed.Frames;
        Assert.Equal(corpus.Articles.Count, f.Articles.Rows.Count);
        Assert.Equal(corpus.Sentences.Count, f.Sentences.Rows.Count);
        Assert.Equal(corpus.Tokens.Count, f["tokens"].Rows.Count);
        Assert.Equal(corpus.Paragraphs.Count, f["paragraphs"].Rows.Count);
        Assert.Equal(corpus.Removed.Count, f["removed"].Rows.Count);
        Assert.Equal(Quotes.Extract(corpus).Quotes.Count, f.Quotes.Rows.Count);
        Assert.Equal(NumericClaims.Extract(corpus).Count, f["numeric_claims"].Rows.Count);

        var articles = f.Articles;
        Assert.Equal(["id", "file", "outlet", "outlet_inferred", "outlet_evidence", "date", "date_source", "title", "url", "event", "length"],
            articles.Columns.Select(c => c.Name));
        Assert.IsType<DateTimeDataFrameColumn>(articles["date"]);
        Assert.IsType<BooleanDataFrameColumn>(articles["outlet_inferred"]);
        Assert.IsType<Int32DataFrameColumn>(articles["length"]);
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            var a = corpus.Articles[i];
            Assert.Equal(a.Id, articles["id"][i]);
            Assert.Equal(a.Date?.ToDateTime(TimeOnly.MinValue), (DateTime?)articles["date"][i]);
            Assert.Equal(a.Url, articles["url"][i]);
            Assert.Equal(a.Length, articles["length"][i]);
        }
        Assert.IsType<BooleanDataFrameColumn>(f.Quotes["attributed"]);
        Assert.IsType<DoubleDataFrameColumn>(f["alignments"]["score"]);
        Assert.IsType<DoubleDataFrameColumn>(f["numeric_claims"]["range_low"]);
        Assert.IsType<DateTimeDataFrameColumn>(f["date_claims"]["from"]);
        Assert.IsType<DoubleDataFrameColumn>(f["outlets"]["quote_match_rate"]);
    }

    [Fact]
    public void Every_table_of_a_corpus_comes_in_one_call()
    {
        Assert.Equal(["articles", "paragraphs", "sentences", "tokens", "removed", "problems", "quotes", "speakers", "clusters",
            "cluster_variants", "misattributions", "alignments", "passages", "passage_readings", "source_relations", "substitutions",
            "disagreements", "numeric_claims", "date_claims", "outlet_events", "outlets"], seed.Frames.Names);
        Assert.All(seed.Frames.Tables, t => Assert.True(t.Value.Columns.Count > 0, t.Key));
    }

    [Fact]
    public void A_deedle_frame_has_the_same_rows_columns_and_types()
    {
        var frame = seed.Frames.Articles;
        var deedle = DataFrames.ToDeedle(frame);
        Assert.Equal(frame.Rows.Count, deedle.RowCount);
        Assert.Equal(frame.Columns.Select(c => c.Name), deedle.ColumnKeys);
        var dates = deedle.GetColumn<DateTime>("date");
        Assert.Equal(1, frame["date"].NullCount);                     // 002 gives no date: missing in both
        Assert.Equal(frame["date"].NullCount, dates.KeyCount - dates.ValueCount);
        Assert.Equal(frame.Columns.Select(c => c.DataType), deedle.ColumnTypes);
        Assert.Equal((int)frame["length"][0]!, deedle.GetColumn<int>("length").GetAt(0));
        Assert.Equal(frame["outlet"][0], deedle.GetColumn<string>("outlet").GetAt(0));
    }
}
