using System.Text.RegularExpressions;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Tests.Runner;

/// <summary>The README's C# example is run as a notebook cell, so the documentation cannot drift from the library.</summary>
[Collection(RunnerCollection.Name)]
public sealed class ReadmeExampleTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-readme-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_readme_example_runs_and_draws_its_chart()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Research.sln"))) root = Path.GetDirectoryName(root)!;
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var code = Regex.Match(readme, "## A C# example.*?```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Corpus.Load", code);
        var path = FixtureNotebook.Write(folder, "readme.ipynb", code.Replace("../data/", Path.Combine(root, "data") + "/"));
        var result = await NotebookRunner.RunAsync(path, [], TimeSpan.FromMinutes(2));
        Assert.Null(result.Failure);
        result.Notebook.Write();
        var cell = FixtureNotebook.CodeCells(path).Last();
        Assert.Contains("5 articles", (string)cell["outputs"]![0]!["text"]![0]!);
        Assert.Contains("\"type\":\"bar\"", FixtureNotebook.Plain(cell, "application/vnd.plotly.v1+json"));
    }
}
