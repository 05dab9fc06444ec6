using Research.Notebooks.Runner;

namespace Research.Notebooks.Tests.Runner;

/// <summary>What a reader gets: a notebook valid under the nbformat schema, and a page whose charts are drawn offline.</summary>
[Collection(RunnerCollection.Name)]
public sealed class RenderedOutputTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-rendered-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    async Task<NotebookRunner.Result> RunChartNotebook()
    {
        var path = FixtureNotebook.Write(folder, "chart.ipynb",
            "# A chart", ("var title = \"Quotes\";", new[] { "parameters" }),
            "Charts.Bar(title, [(\"VOA\", 3.0), (\"Reuters\", 2.0)])", "Console.WriteLine(\"done\");\nthrow new Exception(\"stop\");");
        var result = await NotebookRunner.RunAsync(path, [("title", "Quotes by outlet")], TimeSpan.FromMinutes(2));
        result.Notebook.Write();
        return result;
    }

    [ToolFact("nbformat")]
    public async Task The_written_notebook_is_valid_nbformat_with_errors_and_injected_parameters()
    {
        var result = await RunChartNotebook();
        Assert.NotNull(result.Failure);
        var (code, output) = Run("/usr/bin/python3", "-c",
            "import sys, nbformat; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print(nb.nbformat, nb.nbformat_minor)",
            result.Notebook.Path);
        Assert.True(code == 0, output);
        Assert.Equal("4 5", output.Trim());
    }

    [ToolFact("chromium")]
    public async Task The_rendered_page_draws_its_chart_with_no_network()
    {
        var result = await RunChartNotebook();
        var page = Path.Combine(folder, "chart.html");
        var plotly = PlotlyScript.Locate();
        Assert.True(plotly is not null, "the build did not install plotly.js (npm ci in lib/Research.Notebooks)");
        File.WriteAllText(page, NotebookHtml.Render(result.Notebook, File.ReadAllText(plotly!)));
        Assert.DoesNotContain("<script src=", File.ReadAllText(page));
        var (code, dom) = Run("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + Path.Combine(folder, "profile"),
            "--virtual-time-budget=5000", "--dump-dom", "file://" + page);
        Assert.Equal(0, code);
        Assert.Contains("class=\"main-svg\"", dom);
        Assert.Contains("Quotes by outlet", dom);
    }

    static (int Code, string Output) Run(string program, params string[] arguments) =>
        ChildProcess.RunAsync(program, arguments, [], TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
}
