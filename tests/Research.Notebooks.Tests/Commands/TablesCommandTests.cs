namespace Research.Notebooks.Tests;

using System.Reflection;
using Research;

/// <summary>`research tables` and `--format parquet` end to end on a small corpus written for the test.</summary>
[Collection(ConsoleCommandCollection.Name)]
public sealed class TablesCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-tables-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static (int Code, string Out, string Error) Run(params string[] args) => ConsoleCommand.Run(args);

    string Corpus()
    {
        var dir = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a.txt"), " date 2021-12-02 Talks in Riga\n\n“We will talk again,” said Foreign Minister Anna Berg.\n\nShe said 300 soldiers <script>came</script>.\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), " date 2021-12-03 Riga talks\n\n“We will talk again,” Foreign Minister Anna Berg said.\n\nShe said 400 soldiers came.\n");
        return dir;
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("arrow")]
    [InlineData("csv")]
    public void Writes_one_file_a_table_that_reads_back(string format)
    {
        var output = Path.Combine(folder, "tables");
        var (code, stdout, _) = Run("tables", Corpus(), "-o", output, "--format", format);
        Assert.Equal(0, code);
        Assert.Contains("articles." + format + "\t2 rows", stdout);
        Assert.Contains("wrote 21 tables", stdout);
        Assert.Equal(21, Directory.GetFiles(output).Length);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        var articles = Path.Combine(output, "articles." + format);
        if (format == "csv")
            Assert.StartsWith("id,file,outlet,outlet_inferred,outlet_evidence,date,", File.ReadAllText(articles));
        else
        {
            var frame = format == "parquet" ? TableFiles.ReadParquet(articles) : TableFiles.ReadArrow(articles);
            Assert.Equal(2, frame.Rows.Count);
            Assert.Equal(new DateTime(2021, 12, 2), frame["date"][0]);
        }
    }

    [Fact]
    public void Refuses_a_file_as_the_folder_and_leaves_it_alone()
    {
        var file = Path.Combine(folder, "tables.parquet");
        File.WriteAllText(file, "keep me");
        var (code, _, error) = Run("tables", Corpus(), "-o", file);
        Assert.Equal(2, code);
        Assert.Contains("is a file, not a folder", error);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Quotes_writes_parquet_with_the_csv_columns()
    {
        var path = Path.Combine(folder, "quotes.parquet");
        Assert.Equal(0, Run("quotes", Corpus(), "--format", "parquet", "-o", path).Code);
        var frame = TableFiles.ReadParquet(path);
        Assert.Equal(["doc", "start", "end", "text", "speaker", "speaker_mention", "speaker_phrase", "cue", "kind", "attributed", "cluster", "relayed_by", "flags"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(typeof(bool), frame["attributed"].DataType);
        Assert.Equal("Anna Berg", frame["speaker"][0]);
        Assert.Equal(2, Run("quotes", Corpus(), "--format", "parquet").Code);
    }

    [Fact]
    public void An_analysis_writes_parquet_to_a_file_and_refuses_standard_output()
    {
        var path = Path.Combine(folder, "quotes.parquet");
        Assert.Equal(0, Run("disagreements", Corpus(), "--format", "parquet", "-o", path).Code);
        var frame = TableFiles.ReadParquet(path);
        Assert.Contains("verdict", frame.Columns.Select(c => c.Name));
        Assert.True(frame.Rows.Count > 0);
        var (code, _, error) = Run("disagreements", Corpus(), "--format", "parquet");
        Assert.NotEqual(0, code);
        Assert.Contains("-o FILE.parquet", error);
    }
}
