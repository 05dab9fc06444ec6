using System.Diagnostics;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Tests.Runner;

/// <summary>What the runner does when a notebook or a cell misbehaves: it says so, naming the cell, and loses nothing.</summary>
[Collection(RunnerCollection.Name)]
public sealed class RunnerFaultTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-faults-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"source\": 42}", "has a `source` that is neither text nor a list of lines")]
    [InlineData("{\"cell_type\": 7, \"metadata\": {}, \"source\": \"1\"}", "has no valid `cell_type`")]
    [InlineData("{\"cell_type\": \"code\", \"id\": [1], \"metadata\": {}, \"outputs\": [], \"source\": \"1\"}", "has an `id` that is not a string")]
    public async Task A_cell_of_the_wrong_json_type_is_refused_naming_it_and_the_file_is_untouched(string cell, string problem)
    {
        var path = Path.Combine(folder, "typed.ipynb");
        File.WriteAllText(path, "{\"cells\": [" + cell + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        var bytes = File.ReadAllBytes(path);
        var e = await Assert.ThrowsAsync<NotebookException>(() => NotebookRunner.RunAsync(path, [], TimeSpan.FromMinutes(1)));
        Assert.Contains("cell 1 " + problem, e.Message);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_dib_file_runs_into_an_ipynb_beside_it_and_is_not_overwritten()
    {
        var dib = Path.Combine(folder, "story.dib");
        File.WriteAllText(dib, "#!markdown\n\n# A story\n\n#!csharp\n\nvar n = 20;\n\n#!csharp\n\nn + 22\n\n#!html\n\n<b>bold</b>\n");
        var bytes = File.ReadAllBytes(dib);
        var result = await NotebookRunner.RunAsync(dib, [], TimeSpan.FromMinutes(2));
        Assert.Null(result.Failure);
        Assert.Equal(Path.Combine(folder, "story.ipynb"), result.Notebook.Path);
        result.Notebook.Write();
        Assert.Equal(bytes, File.ReadAllBytes(dib));
        var cells = FixtureNotebook.CodeCells(result.Notebook.Path).ToList();
        Assert.Equal("42", FixtureNotebook.Plain(cells[1]));
        Assert.Equal("<b>bold</b>", FixtureNotebook.Plain(cells[2], "text/html"));
    }

    [Fact]
    public async Task A_cell_that_prints_too_much_is_capped_with_a_note()
    {
        var path = FixtureNotebook.Write(folder, "loud.ipynb", "Console.Write(new string('x', 2_500_000));");
        var result = await NotebookRunner.RunAsync(path, [], TimeSpan.FromMinutes(2));
        Assert.Null(result.Failure);
        var outputs = result.Notebook.Cells[0]!["outputs"]!.AsArray();
        Assert.Equal(NotebookOutputs.DefaultMaxCharacters, NotebookFile.Text(outputs[0]!["text"]).Length);
        Assert.Contains("500,000 characters over the limit", NotebookFile.Text(outputs[^1]!["text"]));
    }

    [Fact]
    public async Task A_cell_that_exits_the_process_leaves_the_notebook_written_and_says_so()
    {
        var path = FixtureNotebook.Write(folder, "exits.ipynb", "Console.WriteLine(\"before\");", "Environment.Exit(3);", "1");
        var start = new ProcessStartInfo("dotnet", [typeof(NotebookRunner).Assembly.Location, "run", path, "--no-html"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(3, process.ExitCode);
        Assert.Contains("a cell ended the process (Environment.Exit)", await stderr);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Equal("before\n", NotebookFile.Text(cells[0]["outputs"]![0]!["text"]));
        Assert.Contains("cell 2: the cell ended the process", (string)cells[1]["outputs"]![0]!["evalue"]!);
        Assert.Empty(cells[2]["outputs"]!.AsArray());
    }

    [Fact]
    public void Raw_html_in_a_markdown_cell_is_shown_as_text_in_the_rendered_page()
    {
        var path = FixtureNotebook.Write(folder, "md.ipynb", "# Title\n<script>alert(1)</script> <img src=x onerror=alert(2)>");
        var html = NotebookHtml.Render(NotebookFile.Read(path), "/*plotly*/");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    /// <summary>
    /// The kit writes notebooks itself: .NET Interactive's Documents writer throws on JSON outputs such as Plotly figures.
    /// Every shipped notebook, read and written back, is byte-identical, chart outputs and all.
    /// </summary>
    [Fact]
    public void Every_shipped_notebook_round_trips_byte_for_byte_with_its_outputs()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Research.sln"))) root = Path.GetDirectoryName(root)!;
        foreach (var path in Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb"))
        {
            var copy = Path.Combine(folder, Path.GetFileName(path));
            NotebookFile.Read(path).Write(copy);
            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(copy));
        }
        Assert.Contains(Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb"), p => File.ReadAllText(p).Contains("application/vnd.plotly.v1+json"));
    }

    [Fact]
    public async Task A_sequence_of_mixed_values_and_nulls_is_shown_as_a_table()
    {
        var path = FixtureNotebook.Write(folder, "mixed.ipynb", "new object[] { 1, \"a\", null }");
        var result = await NotebookRunner.RunAsync(path, [], TimeSpan.FromMinutes(2));
        Assert.Null(result.Failure);
        var output = result.Notebook.Cells[0]!["outputs"]!.AsArray().Single()!;
        Assert.Contains("3 rows", NotebookFile.Text(output["data"]!["text/html"]));
    }

    [Fact]
    public void A_dib_never_replaces_an_ipynb_of_the_same_name_it_did_not_write()
    {
        var dib = Path.Combine(folder, "mine.dib");
        File.WriteAllText(dib, "#!csharp\n\n1\n");
        var own = Path.Combine(folder, "mine.ipynb");
        File.WriteAllText(own, "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        Assert.Contains("is not replaced", NotebookDocuments.DibTargetRefusal(dib, own));
        var written = NotebookDocuments.Read(dib);
        written.Write();
        Assert.Null(NotebookDocuments.DibTargetRefusal(dib, own));   // its own earlier run may be replaced
    }
}
