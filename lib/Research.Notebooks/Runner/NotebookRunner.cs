using System.Diagnostics;
using System.Text.Json.Nodes;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Runner;

/// <summary>
/// Runs a notebook's code cells in order on a fresh engine (<see cref="InteractiveEngine"/>) and writes their
/// outputs back. A cell that fails, times out or is interrupted gets the error in its output; the cells after it are
/// not run (their old outputs cleared), and the notebook is still written with everything so far.
/// </summary>
public static class NotebookRunner
{
    /// <summary>What a run did: cells run of the code cells, and the failure if any ("cell 4, line 2: ...").</summary>
    public sealed record Result(NotebookFile Notebook, int CellsRun, int CodeCells, string? Failure, int? FailedCell, TimeSpan Elapsed);

    /// <param name="onProcessExit">Called if a cell ends the process (Environment.Exit): the notebook so far, to write.</param>
    public static async Task<Result> RunAsync(string path, IReadOnlyList<(string Name, string Value)> parameters, TimeSpan timeout,
        Action<int, int>? progress = null, Action<NotebookFile>? onProcessExit = null)
    {
        var watch = Stopwatch.StartNew();
        path = Path.GetFullPath(path);
        var notebook = NotebookDocuments.Read(path);
        ParameterInjection.Inject(notebook, parameters);
        notebook.UpgradeToIds();
        notebook.NameKitKernel();
        // Cells see the notebook's folder as the current one, as in Polyglot Notebooks: "../data/..." means the same thing.
        var workingDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(path)!;
        await using var engine = new InteractiveEngine();
        try
        {
            return await RunCells(notebook, engine, timeout, progress, onProcessExit, watch);
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
        }
    }

    static async Task<Result> RunCells(NotebookFile notebook, InteractiveEngine engine, TimeSpan timeout, Action<int, int>? progress,
        Action<NotebookFile>? onProcessExit, Stopwatch watch)
    {
        var kernels = NotebookDocuments.CellKernels(notebook);
        var cells = notebook.Cells.Select(c => c!.AsObject()).ToList();
        var code = Enumerable.Range(0, cells.Count).Where(i => (string?)cells[i]["cell_type"] == "code" && kernels[i] != "markdown").ToList();
        string? failure = null;
        int? failedCell = null;
        var run = 0;
        foreach (var index in code)
        {
            var cell = cells[index];
            if (failure is not null) { Clear(cell); continue; }
            var number = run + 1;
            progress?.Invoke(number, code.Count);
            var outputs = new NotebookOutputs(number);
            cell["execution_count"] = number;
            // Environment.Exit in a cell runs this before the process ends: the notebook so far is written, and says why.
            EventHandler exitGuard = (_, _) =>
            {
                outputs.Add(new ErrorOutput("ProcessExit", $"cell {number}: the cell ended the process (Environment.Exit, exit code {Environment.ExitCode}); the cells after it were not run.", []));
                cell["outputs"] = outputs.ToJson();
                foreach (var later in code.Where(i => i > index)) Clear(cells[later]);
                onProcessExit?.Invoke(notebook);
            };
            AppDomain.CurrentDomain.ProcessExit += exitGuard;
            try
            {
                failure = await RunCell(engine, NotebookFile.Source(cell), number, kernels[index], timeout, outputs);
            }
            catch (Exception e)
            {
                // A fault of the runner itself still names the cell and keeps the notebook.
                failure = $"cell {number}: the runner failed while running this cell: {e.GetType().Name}: {e.Message}";
                outputs.Add(new ErrorOutput("RunnerError", failure, [failure]));
            }
            finally
            {
                AppDomain.CurrentDomain.ProcessExit -= exitGuard;
            }
            cell["outputs"] = outputs.ToJson();
            run++;
            if (failure is not null) failedCell = number;
        }
        return new Result(notebook, run, code.Count, failure, failedCell, watch.Elapsed);
    }

    static async Task<string?> RunCell(InteractiveEngine engine, string source, int number, string? kernel, TimeSpan timeout, NotebookOutputs outputs)
    {
        var execution = engine.ExecuteAsync(source, number, outputs.Add, CancellationToken.None, kernel is null or "csharp" ? null : kernel);
        if (await Task.WhenAny(execution, Task.Delay(timeout)) != execution)
        {
            engine.Interrupt($"stopped after {timeout.TotalSeconds:0} s (--timeout); the cells after it were not run.");
            await execution;
        }
        var outcome = await execution;
        return outcome.Error?.Value;
    }

    static void Clear(JsonObject cell)
    {
        cell["outputs"] = new JsonArray();
        cell["execution_count"] = null;
    }
}
