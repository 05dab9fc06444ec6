using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Tests.Runner;

[Collection(RunnerCollection.Name)]
public sealed class NotebookRunnerTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-runner-").FullName;
    static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static async Task<NotebookRunner.Result> Run(string path, params (string, string)[] parameters)
    {
        var result = await NotebookRunner.RunAsync(path, parameters, Generous);
        result.Notebook.Write();
        return result;
    }

    [Fact]
    public async Task State_carries_from_cell_to_cell_and_a_final_expression_is_shown()
    {
        var path = FixtureNotebook.Write(folder, "state.ipynb", "# State", "var x = 41;", "x + 1", "Console.WriteLine(\"printed\");");
        var result = await Run(path);
        Assert.Null(result.Failure);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Empty(cells[0]["outputs"]!.AsArray());
        Assert.Equal("42", FixtureNotebook.Plain(cells[1]));
        Assert.Equal("stream", (string)cells[2]["outputs"]![0]!["output_type"]!);
        Assert.Equal([1, 2, 3], cells.Select(c => (int)c["execution_count"]!));
    }

    [Fact]
    public async Task Load_and_r_resolve_relative_to_the_notebook_folder()
    {
        Directory.CreateDirectory(Path.Combine(folder, "scripts"));
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "scripts", "helper.csx"), "int Twice(int n) => 2 * n;\n");
        CompileLibrary(Path.Combine(folder, "bin", "FixtureGreeting.dll"));
        var path = FixtureNotebook.Write(folder, "paths.ipynb",
            "#load \"scripts/helper.csx\"\nTwice(21)",
            "#r \"bin/FixtureGreeting.dll\"\nFixtureGreeting.Greeter.Hello(\"notebook\")",
            "File.Exists(\"scripts/helper.csx\")");
        var result = await Run(path);
        Assert.Null(result.Failure);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Equal("42", FixtureNotebook.Plain(cells[0]));
        Assert.Equal("hello, notebook", FixtureNotebook.Plain(cells[1]));
        Assert.Equal("True", FixtureNotebook.Plain(cells[2]));
    }

    [Fact]
    public async Task Shows_a_type_through_its_display_contract_and_sequences_as_tables()
    {
        var path = FixtureNotebook.Write(folder, "display.ipynb",
            "#r \"Research.Notebooks.Tests.dll\"\nusing Research.Notebooks.Tests.Runner;",
            "display(new Badge(\"<first>\"));\nnew Badge(\"second\")",
            "new[] { new Badge(\"a\"), new Badge(\"b\") }.Select(b => new { b.Label, Length = b.Label.Length })");
        var result = await Run(path);
        Assert.Null(result.Failure);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        var outputs = cells[1]["outputs"]!.AsArray();
        Assert.Equal(["display_data", "execute_result"], outputs.Select(o => (string)o!["output_type"]!));
        Assert.Contains("<b class=\"badge\">&lt;first&gt;</b>", FixtureNotebook.Plain(cells[1], "text/html"));
        Assert.Contains("<th>Label</th><th>Length</th>", FixtureNotebook.Plain(cells[2], "text/html"));
    }

    [Fact]
    public async Task Injects_parameters_after_the_parameters_cell_and_replaces_them_on_a_rerun()
    {
        var path = FixtureNotebook.Write(folder, "params.ipynb", ("var n = 1;\nvar name = \"x\";", new[] { "parameters" }), "$\"{name}:{n * 10}\"");
        await Run(path, ("n", "5"), ("name", "seed \"corpus\""));
        Assert.Equal("seed \"corpus\":50", FixtureNotebook.Plain(FixtureNotebook.CodeCells(path).Last()));
        await Run(path, ("n", "6"));
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Single(cells, c => c["metadata"]!["tags"]?.ToJsonString().Contains("injected-parameters") == true);
        Assert.Equal("x:60", FixtureNotebook.Plain(cells.Last()));
    }

    [Fact]
    public async Task A_compile_error_stops_the_notebook_and_names_cell_and_line()
    {
        var path = FixtureNotebook.Write(folder, "compile.ipynb", "var ok = 1;", "var a = 1;\nvar b = ;", "ok");
        var result = await Run(path);
        Assert.StartsWith("cell 2, line 2: CS1525", result.Failure);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Equal("error", (string)cells[1]["outputs"]![0]!["output_type"]!);
        Assert.Empty(cells[2]["outputs"]!.AsArray());
        Assert.Null(cells[2]["execution_count"]);
        Assert.Equal(2, result.CellsRun);
    }

    [Fact]
    public async Task A_runtime_error_names_cell_and_line_and_the_notebook_is_still_written()
    {
        var path = FixtureNotebook.Write(folder, "throws.ipynb", "Console.WriteLine(\"before\");", "var x = 2;\nthrow new InvalidOperationException(\"boom\");", "x");
        var result = await Run(path);
        Assert.Equal("cell 2, line 2: InvalidOperationException: boom", result.Failure);
        var cells = FixtureNotebook.CodeCells(path).ToList();
        Assert.Equal("boom", ((string)cells[1]["outputs"]![0]!["evalue"]!).Split(": ").Last());
        Assert.Equal("before\n", (string)cells[0]["outputs"]![0]!["text"]![0]!);
        NotebookFile.Read(path);
    }

    [Fact]
    public async Task A_runaway_cell_is_stopped_by_the_timeout()
    {
        var path = FixtureNotebook.Write(folder, "slow.ipynb", "var warm = 1;", "while (true) System.Threading.Thread.Sleep(50);", "1");
        var result = await NotebookRunner.RunAsync(path, [], TimeSpan.FromSeconds(10));
        Assert.Equal("cell 2: stopped after 10 s (--timeout); the cells after it were not run.", result.Failure);
        Assert.Equal(2, result.CellsRun);
    }

    [Fact]
    public async Task A_malformed_notebook_is_refused_and_left_byte_identical()
    {
        var path = Path.Combine(folder, "broken.ipynb");
        var bytes = "{\n \"cells\": [\n  {\"cell_type\": \"code\",,}\n ]\n}\n"u8.ToArray();
        File.WriteAllBytes(path, bytes);
        var e = await Assert.ThrowsAsync<NotebookException>(() => NotebookRunner.RunAsync(path, [], Generous));
        Assert.Contains("broken.ipynb:3: not valid JSON", e.Message);
        Assert.Equal(bytes, File.ReadAllBytes(path));

        var v3 = Path.Combine(folder, "old.ipynb");
        File.WriteAllText(v3, "{\"nbformat\": 3, \"worksheets\": []}");
        var old = await Assert.ThrowsAsync<NotebookException>(() => NotebookRunner.RunAsync(v3, [], Generous));
        Assert.Contains("not an nbformat 4 notebook", old.Message);
    }

    [Fact]
    public async Task Rerunning_gives_byte_identical_notebooks_and_pages()
    {
        var path = FixtureNotebook.Write(folder, "same.ipynb", "# Same", "Charts.Bar(\"b\", [(\"x\", 1.0), (\"y\", 2.0)])", "Table.From(new[] { 1, 2, 3 })");
        var first = await Run(path);
        var bytes = File.ReadAllBytes(path);
        var html = NotebookHtml.Render(first.Notebook, "/*plotly*/");
        var second = await Run(path);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(html, NotebookHtml.Render(second.Notebook, "/*plotly*/"));
    }

    static void CompileLibrary(string path)
    {
        var tree = CSharpSyntaxTree.ParseText("namespace FixtureGreeting { public static class Greeter { public static string Hello(string who) => \"hello, \" + who; } }");
        var references = new[] { typeof(object).Assembly.Location, Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll") }
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("FixtureGreeting", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
