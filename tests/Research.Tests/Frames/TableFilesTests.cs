namespace Research.Tests.Frames;

using Microsoft.Data.Analysis;
using Research;

public class TableFilesTests(SeedFrames seed) : IClassFixture<SeedFrames>, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-tables-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(TableFileFormat.Parquet)]
    [InlineData(TableFileFormat.Arrow)]
    public void Every_seed_table_reads_back_with_every_row_type_and_value(TableFileFormat format)
    {
        var paths = TableFiles.WriteAll(seed.Frames.Tables, folder, format);
        Assert.Equal(seed.Frames.Tables.Count, paths.Count);
        foreach (var ((name, written), path) in seed.Frames.Tables.Zip(paths))
        {
            var read = format == TableFileFormat.Parquet ? TableFiles.ReadParquet(path) : TableFiles.ReadArrow(path);
            AssertSame(name, written, read);
        }
    }

    [Theory]
    [InlineData(TableFileFormat.Parquet)]
    [InlineData(TableFileFormat.Arrow)]
    public void Nulls_empty_tables_and_times_of_day_survive(TableFileFormat format)
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("n", [1, null]),
            new StringDataFrameColumn("s", ["<b>", null]),
            new DateTimeDataFrameColumn("day", [new DateTime(2021, 12, 2), null]),
            new DateTimeDataFrameColumn("at", [new DateTime(2021, 12, 2, 10, 30, 0), null]),
            new BooleanDataFrameColumn("b", [true, null]),
            new Int64DataFrameColumn("l", [long.MaxValue, null]),
            new SingleDataFrameColumn("f", [1.5f, null]));
        var path = Path.Combine(folder, "t" + TableFiles.Extension(format));
        TableFiles.Write(frame, path, format);
        AssertSame("t", frame, format == TableFileFormat.Parquet ? TableFiles.ReadParquet(path) : TableFiles.ReadArrow(path));

        var empty = frame.Filter(new BooleanDataFrameColumn("keep", [false, false]));
        TableFiles.Write(empty, path, format);
        AssertSame("empty", empty, format == TableFileFormat.Parquet ? TableFiles.ReadParquet(path) : TableFiles.ReadArrow(path));
    }

    [Fact]
    public void Csv_has_a_header_quoting_and_iso_days()
    {
        var frame = new DataFrame(new StringDataFrameColumn("s", ["a, \"b\"", null]), new DateTimeDataFrameColumn("day", [new DateTime(2021, 12, 2), null]),
            new DoubleDataFrameColumn("x", [0.1, 2]));
        Assert.Equal("s,day,x\n\"a, \"\"b\"\"\",2021-12-02,0.1\n,,2\n", TableFiles.ToCsv(frame));
    }

    [Theory]
    [InlineData(TableFileFormat.Parquet)]
    [InlineData(TableFileFormat.Arrow)]
    [InlineData(TableFileFormat.Csv)]
    public void A_tokens_table_of_many_batches_reads_back_as_the_frame(TableFileFormat format)
    {
        var tokens = CorpusFrames.Sources(seed.Corpus).Single(t => t.Name == "tokens");
        var expected = seed.Frames["tokens"];
        var batch = 97;   // rows of a batch: the seed's tokens are many batches, the last one part full
        Assert.True(expected.Rows.Count > 3 * batch && expected.Rows.Count % batch != 0);
        var path = Path.Combine(folder, "tokens" + TableFiles.Extension(format));
        Assert.Equal(expected.Rows.Count, tokens.Write(path, format, batch));
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp"));
        switch (format)
        {
            case TableFileFormat.Parquet: AssertSame("tokens", expected, TableFiles.ReadParquet(path)); break;
            case TableFileFormat.Arrow: AssertSame("tokens", expected, TableFiles.ReadArrow(path)); break;
            default: Assert.Equal(TableFiles.ToCsv(expected), File.ReadAllText(path)); break;
        }
    }

    sealed record Row(int N, string? S, DateOnly? Day, DateTime At, double X, bool? B, long? L);

    [Theory]
    [InlineData(TableFileFormat.Parquet)]
    [InlineData(TableFileFormat.Arrow)]
    [InlineData(TableFileFormat.Csv)]
    public void Rows_written_in_batches_are_the_frame_of_the_same_rows(TableFileFormat format)
    {
        var rows = Enumerable.Range(0, 10).Select(i => new Row(i, i % 3 == 0 ? null : $"s,{i}", i % 4 == 0 ? null : new DateOnly(2021, 12, 1 + i),
            new DateTime(2021, 12, 2, i, 30, 0), i / 3.0, i % 5 == 0 ? null : i % 2 == 0, i % 2 == 0 ? null : long.MaxValue - i)).ToList();
        var expected = DataFrames.From(rows);
        foreach (var batch in new[] { 1, 3, 10, 1000 })
        {
            var path = Path.Combine(folder, $"rows{batch}" + TableFiles.Extension(format));
            Assert.Equal(rows.Count, TableFiles.WriteRows(rows, path, format, batch));
            switch (format)
            {
                case TableFileFormat.Parquet: AssertSame($"rows by {batch}", expected, TableFiles.ReadParquet(path)); break;
                case TableFileFormat.Arrow: AssertSame($"rows by {batch}", expected, TableFiles.ReadArrow(path)); break;
                default: Assert.Equal(TableFiles.ToCsv(expected), File.ReadAllText(path)); break;
            }
        }
        var none = Path.Combine(folder, "none" + TableFiles.Extension(format));
        Assert.Equal(0, TableFiles.WriteRows(Array.Empty<Row>(), none, format, 3));
        var empty = DataFrames.From(Array.Empty<Row>());
        switch (format)
        {
            case TableFileFormat.Parquet: AssertSame("none", empty, TableFiles.ReadParquet(none)); break;
            case TableFileFormat.Arrow: AssertSame("none", empty, TableFiles.ReadArrow(none)); break;
            default: Assert.Equal(TableFiles.ToCsv(empty), File.ReadAllText(none)); break;
        }
    }

    [Fact]
    public void Refuses_to_write_into_a_file_and_leaves_it_alone()
    {
        var file = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(file, "keep me");
        var error = Assert.Throws<IOException>(() => TableFiles.WriteAll(seed.Frames.Tables, file, TableFileFormat.Csv));
        Assert.Contains("not a folder", error.Message);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    static void AssertSame(string table, DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        Assert.Equal(expected.Columns.Select(c => (c.Name, c.DataType)), actual.Columns.Select(c => (c.Name, c.DataType)));
        for (var c = 0; c < expected.Columns.Count; c++)
            for (long r = 0; r < expected.Rows.Count; r++)
                Assert.True(Equals(expected.Columns[c][r], actual.Columns[c][r]),
                    $"{table}.{expected.Columns[c].Name} row {r}: wrote {expected.Columns[c][r]}, read {actual.Columns[c][r]}");
    }
}
