using System.Diagnostics;
using System.Text.Json.Nodes;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Bench;

/// <summary>What running the notebooks cost, and how much of a cell's time is the runner's own.</summary>
public sealed record NotebookMeasure(int Cores, int Notebooks, int Cells, double Seconds, double SlowestCellSeconds, string SlowestCell,
    int TrivialCells, double TrivialSeconds, long PeakMegabytes, string? Failure)
{
    public double MeanCellMilliseconds => Cells > 0 ? Seconds * 1000 / Cells : 0;
    /// <summary>The runner's cost per cell: compile, run, format and capture a cell that does almost nothing.</summary>
    public double OverheadPerCellMilliseconds => TrivialCells > 0 ? TrivialSeconds * 1000 / TrivialCells : 0;
}

/// <summary>
/// The benchmark's notebook stage: the kit's notebooks run on their bundled corpora (outputs not written), and a
/// generated notebook of trivial cells whose time per cell is the runner's overhead.
/// </summary>
internal static class NotebookStage
{
    const int TrivialCells = 40;

    public static async Task<NotebookMeasure> MeasureAsync(string notebooksFolder, string work, Action<string> progress)
    {
        var timeout = TimeSpan.FromMinutes(10);
        var files = Directory.GetFiles(notebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var cells = 0;
        var seconds = 0.0;
        var slowest = (Seconds: 0.0, Cell: "");
        string? failure = null;
        foreach (var file in files)
        {
            var started = Stopwatch.StartNew();
            var cellStart = TimeSpan.Zero;
            var current = 0;
            void Lap(int next)
            {
                var now = started.Elapsed;
                if (current > 0 && (now - cellStart).TotalSeconds > slowest.Seconds) slowest = ((now - cellStart).TotalSeconds, $"{Path.GetFileName(file)} cell {current}");
                (cellStart, current) = (now, next);
            }
            NotebookRunner.Result result;
            try { result = await NotebookRunner.RunAsync(file, [], timeout, (cell, _) => Lap(cell)); }
            catch (NotebookException e)
            {
                failure ??= e.Message;
                progress($"{Path.GetFileName(file)}: not run: {e.Message}");
                continue;
            }
            Lap(0);
            cells += result.CellsRun;
            seconds += result.Elapsed.TotalSeconds;
            failure ??= result.Failure is null ? null : $"{Path.GetFileName(file)}: {result.Failure}";
            progress($"{Path.GetFileName(file)}: {result.CellsRun} cells in {result.Elapsed.TotalSeconds:F1} s");
        }
        var trivial = WriteTrivialNotebook(work);
        await NotebookRunner.RunAsync(trivial, [], timeout);                         // warm: the runner's first cell compiles Roslyn itself
        var run = await NotebookRunner.RunAsync(trivial, [], timeout);
        progress($"{TrivialCells} trivial cells in {run.Elapsed.TotalSeconds:F2} s");
        return new NotebookMeasure(Environment.ProcessorCount, files.Count, cells, seconds, slowest.Seconds, slowest.Cell, run.CellsRun,
            run.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000, failure ?? run.Failure);
    }

    /// <summary>A notebook of cells that each declare a value and show it: all runner, no analysis.</summary>
    static string WriteTrivialNotebook(string work)
    {
        Directory.CreateDirectory(work);
        var cells = new JsonArray();
        for (var i = 1; i <= TrivialCells; i++)
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code", ["execution_count"] = null, ["id"] = $"cell-{i:00}", ["metadata"] = new JsonObject(),
                ["outputs"] = new JsonArray(), ["source"] = $"var value{i} = {i} * 2;\nvalue{i}",
            });
        var notebook = new JsonObject
        {
            ["cells"] = cells, ["nbformat"] = 4, ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
        };
        var path = Path.Combine(work, "runner-overhead.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }
}
