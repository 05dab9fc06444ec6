using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Research.Notebooks.Engine;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Bench;

/// <summary>
/// `research bench engine`: what the notebook engine costs. In this process: a new engine to its first result (the
/// first one cold, the next warm) and a trivial cell's cost. Through Jupyter (Debian's jupyter_client, when present):
/// a kernel process started as JupyterLab starts it, to its first result, and warm round trips. Then the wall time of
/// running every notebook.
/// </summary>
internal static class EngineBenchCommand
{
    const int TrivialCells = 40;

    public static Command Create()
    {
        var notebooks = new Option<DirectoryInfo>("--notebooks") { Description = "The notebooks to time (outputs are not written).", DefaultValueFactory = _ => new DirectoryInfo("notebooks") };
        var starts = new Option<int>("--starts") { Description = "Kernel processes to start through Jupyter.", DefaultValueFactory = _ => 3 };
        var command = new Command("engine", "Time the notebook engine: start to first result (in process and as a Jupyter kernel), the cost of a trivial cell, and the wall time of every notebook.") { notebooks, starts };
        command.SetAction(async (parse, cancel) =>
        {
            var terminal = Console.Out;
            var folder = parse.GetValue(notebooks)!;
            if (!folder.Exists) { Console.Error.WriteLine($"error: {folder.FullName}: no such folder; run from the kit's root or give --notebooks."); return 2; }
            foreach (var label in new[] { "cold", "warm" })
            {
                var watch = Stopwatch.StartNew();
                await using var engine = new InteractiveEngine();
                await engine.ExecuteAsync("1 + 1", 1, _ => { }, cancel);
                var first = watch.Elapsed.TotalSeconds;
                var cells = Stopwatch.StartNew();
                for (var i = 1; i <= TrivialCells; i++) await engine.ExecuteAsync($"var value{i} = {i} * 2;\nvalue{i}", i + 1, _ => { }, cancel);
                terminal.WriteLine($"engine in process, {label}: new engine to first result {first:F2} s; {TrivialCells} trivial cells, {cells.Elapsed.TotalMilliseconds / TrivialCells:F1} ms a cell (compile, run, format)");
            }
            JupyterLatency(parse.GetValue(starts), terminal);
            var wall = Stopwatch.StartNew();
            var cellCount = 0;
            foreach (var file in Directory.GetFiles(folder.FullName, "*.ipynb").Order(StringComparer.Ordinal))
            {
                var result = await NotebookRunner.RunAsync(file, [], TimeSpan.FromMinutes(10));
                cellCount += result.CellsRun;
                terminal.WriteLine($"notebook {Path.GetFileName(file)}: {result.CellsRun} cells in {result.Elapsed.TotalSeconds:F1} s{(result.Failure is null ? "" : $" (failed: {result.Failure})")}");
            }
            terminal.WriteLine($"every notebook: {cellCount} cells in {wall.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores (one engine per notebook; outputs not written)");
            return 0;
        });
        return command;
    }

    static void JupyterLatency(int starts, TextWriter terminal)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Bench", "kernel_latency.py");
        var prefix = Directory.CreateTempSubdirectory("research-bench-kernel-").FullName;
        try
        {
            var install = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["kernel", "install", "--prefix", prefix, "--name", "research-bench"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            install.WaitForExit();
            var start = new ProcessStartInfo("/usr/bin/python3", [script, "research-bench", starts.ToString(), "20"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter");
            start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(prefix, "runtime");
            using var python = Process.Start(start)!;
            var errors = python.StandardError.ReadToEndAsync();
            var n = 0;
            while (python.StandardOutput.ReadLine() is { } line)
            {
                var figures = JsonNode.Parse(line)!;
                terminal.WriteLine($"kernel through jupyter_client, start {++n}: start to first result {(double)figures["start_to_first_result_s"]!:F2} s " +
                    $"(process ready {(double)figures["start_to_ready_s"]!:F2} s, first cell {(double)figures["first_cell_s"]!:F2} s); warm cells {(double)figures["warm_cell_ms"]!:F1} ms a round trip");
            }
            python.WaitForExit();
            if (python.ExitCode != 0) terminal.WriteLine($"kernel through jupyter_client: not measured ({errors.Result.Trim().Split('\n').LastOrDefault()}); install Debian's python3-jupyter-client.");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            terminal.WriteLine($"kernel through jupyter_client: not measured ({e.Message}); install Debian's python3-jupyter-client.");
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }
}
