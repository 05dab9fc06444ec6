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
