using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Research.Notebooks.Runner;

/// <summary>
/// Runs a notebook's C# cells in order in one session and writes their outputs back. A cell that fails to compile or
/// throws gets the error in its output; the cells after it are not run (their old outputs cleared), and the notebook
/// is still written with everything so far.
/// </summary>
public static class NotebookRunner
{
    /// <summary>What a run did: cells run of the code cells, and the failure if any ("cell 4, line 2: ...").</summary>
    public sealed record Result(NotebookFile Notebook, int CellsRun, int CodeCells, string? Failure, int? FailedCell, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(string path, IReadOnlyList<(string Name, string Value)> parameters, TimeSpan timeout, Action<int, int>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        path = Path.GetFullPath(path);
        var notebook = NotebookFile.Read(path);
        ParameterInjection.Inject(notebook, parameters);
        notebook.UpgradeToIds();
        var session = new ScriptSession(path);
        // Cells see the notebook's folder as the current one, as in Polyglot Notebooks: "../data/..." means the same thing.
        var workingDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(path)!;
        try
        {
            return await RunCells(notebook, session, path, timeout, progress, watch);
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
        }
    }

    static async Task<Result> RunCells(NotebookFile notebook, ScriptSession session, string path, TimeSpan timeout, Action<int, int>? progress, Stopwatch watch)
    {
        var codeCells = notebook.Cells.Select(c => c!.AsObject()).Where(c => c["cell_type"]!.GetValue<string>() == "code").ToList();
        string? failure = null;
        int? failedCell = null;
        var run = 0;
        foreach (var cell in codeCells)
        {
            if (failure is not null) { Clear(cell); continue; }
            var number = run + 1;
            progress?.Invoke(number, codeCells.Count);
            var outputs = new CellOutputs();
            session.Globals.Shown = outputs.Display;
            var code = CSharpSource(cell, number, out var language);
            if (language is not null)
            {
                failure = $"cell {number}: it is a {language} cell; the kit's runner runs C# cells only.";
                outputs.Error("UnsupportedLanguage", failure, [failure]);
            }
            else
            {
                using var cancel = new CancellationTokenSource();
                // Off the calling thread: a script without awaits runs synchronously, and the watchdog must be able to act.
                var task = Task.Run(() => session.RunAsync(code, cancel.Token));
                if (await Task.WhenAny(task, Task.Delay(timeout)) != task)
                {
                    cancel.Cancel();
                    failure = $"cell {number}: stopped after {timeout.TotalSeconds:0} s (--timeout); the cells after it were not run.";
                    outputs.Error("Timeout", failure, [failure]);
                }
                else
                {
                    var result = await task;
                    if (result.Error is not null) failure = outputs.Failed(result.Error, number, path);
                    else if (result.HasValue && result.Value is not null) outputs.Result(DisplayFormatting.Bundle(result.Value), number);
                }
            }
            session.Globals.Shown = null;
            outputs.Dispose();
            cell["outputs"] = outputs.Outputs;
            cell["execution_count"] = number;
            run++;
            if (failure is not null) failedCell = number;
        }
        return new Result(notebook, run, codeCells.Count, failure, failedCell, watch.Elapsed);
    }

    static void Clear(JsonObject cell)
    {
        cell["outputs"] = new JsonArray();
        cell["execution_count"] = null;
    }

    /// <summary>The cell's C# code; Polyglot marks other languages in metadata or with a `#!lang` first line.</summary>
    static string CSharpSource(JsonObject cell, int number, out string? otherLanguage)
    {
        var source = NotebookFile.Source(cell);
        otherLanguage = cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>() is string k && k != "csharp" ? k : null;
        var first = source.Split('\n', 2)[0].Trim();
        if (first.StartsWith("#!", StringComparison.Ordinal))
        {
            var magic = first[2..];
            if (magic is "csharp" or "c#" or "C#") return source.Split('\n', 2).ElementAtOrDefault(1) ?? "";
            otherLanguage ??= magic;
        }
        return source;
    }
}
