using System.CommandLine;
using System.Diagnostics;
using Research;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Commands;

/// <summary>`research run [notebooks or folders] [-p name=value]`: runs notebooks headlessly, writes their outputs back, renders HTML.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebooks (.ipynb, or .dib run into NAME.ipynb beside it) or folders of .ipynb. Default: notebooks", Arity = ArgumentArity.ZeroOrMore };
        var parameters = new Option<string[]>("--parameter", "-p") { Description = "name=value for the cell tagged `parameters` (repeat for several), e.g. -p corpusPath=../data/giveme5w1h-news-cluster", AllowMultipleArgumentsPerToken = false };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a cell may run before it is stopped.", DefaultValueFactory = _ => 600 };
        var noHtml = new Option<bool>("--no-html") { Description = "Do not render HTML; only write the outputs into the notebooks." };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Write the executed notebooks (and rendered/NAME.html) into this folder instead of over the originals: for a run on another corpus." };
        var command = new Command("run", "Run notebooks headlessly, in order, cell by cell; write the outputs back into each .ipynb and render a standalone HTML page beside it (rendered/NAME.html) with charts drawn offline.")
        { paths, parameters, timeout, noHtml, output };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(timeout) <= 0) { Console.Error.WriteLine($"error: --timeout {parse.GetValue(timeout)}: give the seconds a cell may run, more than 0."); return 2; }
            var files = Notebooks(parse.GetValue(paths) is { Length: > 0 } given ? given : ["notebooks"], out var missing);
            if (missing is not null) { Console.Error.WriteLine($"error: {missing}: no such notebook or folder."); return 2; }
            if (files.Count == 0) { Console.Error.WriteLine("error: no .ipynb notebooks found."); return 2; }
            var values = new List<(string, string)>();
            foreach (var p in parse.GetValue(parameters) ?? [])
            {
                var eq = p.IndexOf('=');
                if (eq <= 0) { Console.Error.WriteLine($"error: -p {p}: give name=value."); return 2; }
                values.Add((p[..eq], p[(eq + 1)..]));
            }
            var plotlyPath = PlotlyScript.Locate();
            if (plotlyPath is null && !parse.GetValue(noHtml))
                Console.Error.WriteLine($"warning: plotly.js was not installed by the build (npm ci failed?); rendered pages will load it from {PlotlyChart.PlotlyCdn}.");
            var plotly = plotlyPath is null ? null : File.ReadAllText(plotlyPath);
            return await RunAll(files, values, TimeSpan.FromSeconds(parse.GetValue(timeout)), plotly, !parse.GetValue(noHtml), parse.GetValue(output)?.FullName);
        });
        return command;
    }

    static async Task<int> RunAll(List<string> files, List<(string, string)> parameters, TimeSpan timeout, string? plotly, bool html, string? outputFolder)
    {
        // The engine redirects the console while cells run; progress goes to the terminal as it was at start.
        var terminal = Console.Error;
        var stdout = Console.Out;
        if (outputFolder is not null && Unwritable(outputFolder) is { } why)
        {
            terminal.WriteLine($"error: -o {outputFolder}: {why}; nothing was run.");
            return 2;
        }
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        int cells = 0;
        var rendered = new List<string>();
        for (var n = 0; n < files.Count; n++)
        {
            var file = files[n];
            var label = $"[{n + 1}/{files.Count}] {Path.GetFileName(file)}";
            string Target(NotebookFile notebook) => outputFolder is null ? notebook.Path : Path.Combine(outputFolder, Path.GetFileName(notebook.Path));
            var dibTarget = outputFolder is null ? Path.ChangeExtension(Path.GetFullPath(file), ".ipynb") : Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(file) + ".ipynb");
            if (NotebookDocuments.DibTargetRefusal(file, dibTarget) is { } refusal)
            {
                terminal.WriteLine($"{label}: error: {refusal}");
                failures.Add(refusal);
                continue;
            }
            NotebookRunner.Result result;
            try
            {
                result = await NotebookRunner.RunAsync(file, parameters, timeout,
                    (cell, of) => terminal.WriteLine($"{label}: cell {cell}/{of}"),
                    onProcessExit: notebook =>
                    {
                        notebook.Write(Target(notebook));
                        terminal.WriteLine($"{label}: a cell ended the process (Environment.Exit); the notebook so far was written to {Target(notebook)}.");
                    });
            }
            catch (NotebookException e)
            {
                terminal.WriteLine($"{label}: error: {e.Message}");
                failures.Add(e.Message);
                continue;
            }
            // A .dib runs into NAME.ipynb beside it: the .dib itself is never overwritten.
            var written = Target(result.Notebook);
            result.Notebook.Write(written);
            cells += result.CellsRun;
            if (html)
            {
                var target = Path.Combine(Path.GetDirectoryName(written)!, "rendered", Path.GetFileNameWithoutExtension(written) + ".html");
                AtomicFile.WriteAllText(target, NotebookHtml.Render(result.Notebook, plotly));
                rendered.Add(Path.GetRelativePath(Environment.CurrentDirectory, target));
            }
            if (result.Failure is not null)
            {
                failures.Add($"{file}: {result.Failure}");
                terminal.WriteLine($"{label}: FAILED at {result.Failure}");
            }
            else terminal.WriteLine($"{label}: ok, {result.CellsRun} cells in {result.Elapsed.TotalSeconds:F1} s");
        }
        stdout.WriteLine($"{files.Count} notebook{(files.Count == 1 ? "" : "s")}, {cells} cells, {failures.Count} failure{(failures.Count == 1 ? "" : "s")}, {watch.Elapsed.TotalSeconds:F1} s");
        if (rendered.Count > 0) stdout.WriteLine($"rendered: {string.Join(", ", rendered)}");
        foreach (var f in failures) stdout.WriteLine($"failed: {f}");
        stdout.Flush();
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Why the output folder cannot take the notebooks (checked before the first cell runs), or null.</summary>
    static string? Unwritable(string folder)
    {
        if (File.Exists(folder)) return "is a file, not a folder";
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".research-write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be written ({e.Message})";
        }
    }

    static List<string> Notebooks(string[] paths, out string? missing)
    {
        missing = null;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.GetFiles(path, "*.ipynb").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else { missing = path; return []; }
        }
        return files.Distinct().ToList();
    }
}
