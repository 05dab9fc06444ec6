namespace Research.Notebooks.Tests;

using System.Reflection;
using Research.Notebooks.Commands;

/// <summary>Issue 15's probes of `-o` and CSV output: what may be replaced, and cells a spreadsheet would run.</summary>
[Collection("Console")]  // the commands run here write to the Console.Out QuoteCommandsTests captures
public sealed class OutputFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-output-").FullName;

    public void Dispose()
    {
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(f, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }

    string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    static int Run(params string[] args) => (int)typeof(Research.Notebooks.Runner.NotebookRunner).Assembly.EntryPoint!.Invoke(null, [args])!;

    [Fact]
    public void Db_onto_an_article_of_the_corpus_refuses_and_leaves_it_as_it_was()
    {
        var article = Write("corpus/a.txt", "The minister said the talks would go on.\n");
        Assert.Equal(1, Run("db", Path.Combine(folder, "corpus"), "-o", article));
        Assert.Equal("The minister said the talks would go on.\n", File.ReadAllText(article));
        Assert.Single(Research.Corpus.Load(Path.Combine(folder, "corpus")).Articles);
    }

    [Fact]
    public void Db_onto_a_folder_or_a_file_that_is_not_sqlite_says_why_and_force_overrides_the_second()
    {
        var corpus = Path.Combine(folder, "corpus");
        Write("corpus/a.txt", "The minister said the talks would go on.\n");
        Assert.Contains("is a folder; give a file name", OutputFile.Refusal(folder, OutputFile.Kind.Sqlite, force: true, [corpus]));
        var notes = Write("notes.db", "my notes");
        Assert.Contains("is not a SQLite database; it is not replaced", OutputFile.Refusal(notes, OutputFile.Kind.Sqlite, false, [corpus]));
        Assert.Equal(0, Run("db", corpus, "-o", notes, "--force"));
        Assert.Null(OutputFile.Refusal(notes, OutputFile.Kind.Sqlite, false, [corpus]));  // now a database: replaced freely
    }

    [Fact]
    public void A_read_only_file_is_never_replaced_even_with_force()
    {
        var old = Write("old.jsonl", "{\"doc\": \"a.txt\"}\n");
        File.SetAttributes(old, FileAttributes.ReadOnly);
        Assert.Contains("is read-only, so it is left as it is", OutputFile.Refusal(old, OutputFile.Kind.JsonLines, force: true, []));
        Assert.Equal(1, Run("quotes", Write("corpus/a.txt", "“We will talk,” said Anna Berg.\n"), "-o", old, "--force"));
        Assert.Equal("{\"doc\": \"a.txt\"}\n", File.ReadAllText(old));
    }

    [Fact]
    public void Output_of_the_same_kind_is_replaced_and_other_files_are_not()
    {
        var jsonl = Write("rows.jsonl", "{\"doc\": \"a.txt\"}\n");
        var csv = Write("rows.csv", "doc,start,end\na.txt,1,2\n");
        Assert.Null(OutputFile.Refusal(jsonl, OutputFile.Kind.JsonLines, false, []));
        Assert.Null(OutputFile.Refusal(csv, OutputFile.Kind.Csv, false, [], "doc,start,end"));
        Assert.NotNull(OutputFile.Refusal(csv, OutputFile.Kind.Csv, false, [], "kind,event,topic"));
        Assert.NotNull(OutputFile.Refusal(csv, OutputFile.Kind.JsonLines, false, []));
        Assert.Null(OutputFile.Refusal(Path.Combine(folder, "new.jsonl"), OutputFile.Kind.JsonLines, false, []));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("We will talk", "We will talk")]
    [InlineData("a, b", "\"a, b\"")]
    public void Csv_cells_a_spreadsheet_would_run_are_written_as_text(string value, string cell)
    {
        Assert.Equal(cell, CsvCell.Text(value));
        Assert.Equal(-5, CsvCell.Defused(-5));  // numbers are not text
    }

    [Fact]
    public void Quotes_as_csv_defuse_a_quote_that_starts_with_a_formula()
    {
        var corpus = Write("corpus/a.txt", "Talks in Riga\n\n“=1+2 is what we need,” said Foreign Minister Anna Berg.\n");
        var output = Path.Combine(folder, "quotes.csv");
        Assert.Equal(0, Run("quotes", Path.GetDirectoryName(corpus)!, "--format", "csv", "-o", output));
        Assert.Contains(",'=1+2 is what we need,", File.ReadAllText(output));
    }
}
