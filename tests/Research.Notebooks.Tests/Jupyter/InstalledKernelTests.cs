using System.Diagnostics;
using Research.Notebooks.Jupyter;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>
/// The real program as Jupyter runs it: installed as a kernelspec, started by jupyter_client's KernelManager, running a
/// C# cell with the real engine, and exiting when its client dies.
/// </summary>
[Collection(KernelSocketsCollection.Name)]
public sealed class InstalledKernelTests : IDisposable
{
    readonly string prefix = Directory.CreateTempSubdirectory("research-installed-kernel-").FullName;

    public void Dispose() => Directory.Delete(prefix, recursive: true);

    [ToolFact("jupyter_client")]
    public async Task The_installed_kernel_runs_a_cell_and_exits_when_its_client_dies()
    {
        var dll = typeof(KernelSpec).Assembly.Location;
        var (code, output) = await Run("dotnet", [dll, "kernel", "install", "--prefix", prefix, "--name", "research-e2e"], []);
        Assert.True(code == 0, output);

        var script = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Jupyter", "drive_installed_kernel.py");
        (code, output) = await Run("/usr/bin/python3", [script, "research-e2e", "1 + 1", "2"],
            [("JUPYTER_PATH", Path.Combine(prefix, "share", "jupyter")), ("JUPYTER_RUNTIME_DIR", Path.Combine(prefix, "runtime"))]);
        Assert.True(code == 0, output);
        Assert.Contains("ok execute", output);
        Assert.Contains("ok complete", output);
        Assert.Contains("ok inspect", output);
        Assert.Contains("ok interrupt", output);

        var pid = int.Parse(output.Split('\n').Single(l => l.StartsWith("kernel pid ")).Split(' ')[2]);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Alive(pid) && DateTime.UtcNow < deadline) await Task.Delay(200);
        if (Alive(pid)) { Process.GetProcessById(pid).Kill(); Assert.Fail($"the kernel (pid {pid}) outlived its client by 15 s"); }
    }

    /// <summary>Every shipped notebook, run by nbclient through the kit's kernel, shows what `research run` wrote into it.</summary>
    [ToolFact("jupyter_client")]
    public async Task Every_shipped_notebook_runs_through_the_kit_kernel_with_the_outputs_research_run_gives()
    {
        var dll = typeof(KernelSpec).Assembly.Location;
        var (code, output) = await Run("dotnet", [dll, "kernel", "install", "--prefix", prefix, "--name", "research-nbclient"], []);
        Assert.True(code == 0, output);
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Research.sln"))) root = Path.GetDirectoryName(root)!;
        var notebooks = Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var executed = Directory.CreateDirectory(Path.Combine(prefix, "executed")).FullName;
        var script = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Jupyter", "execute_notebooks.py");
        (code, output) = await Run("/usr/bin/python3", [script, "research-nbclient", executed, .. notebooks],
            [("JUPYTER_PATH", Path.Combine(prefix, "share", "jupyter")), ("JUPYTER_RUNTIME_DIR", Path.Combine(prefix, "runtime"))]);
        Assert.True(code == 0, output);
        foreach (var notebook in notebooks)
            Assert.Equal(Outputs(notebook), Outputs(Path.Combine(executed, Path.GetFileName(notebook))));
    }

    /// <summary>Each code cell's outputs as kind, mime types and plain text: what a reader sees, whichever client ran it.</summary>
    static List<string> Outputs(string notebook) =>
        FixtureNotebook.CodeCells(notebook).SelectMany((cell, i) => cell["outputs"]!.AsArray().Select(o =>
        {
            var data = o!["data"] as System.Text.Json.Nodes.JsonObject;
            var plain = data?["text/plain"] is { } p ? Research.Notebooks.Runner.NotebookFile.Text(p) : Research.Notebooks.Runner.NotebookFile.Text(o["text"]);
            return $"{Path.GetFileName(notebook)} cell {i + 1}: {o["output_type"]} [{string.Join(",", (data?.Select(kv => kv.Key) ?? []).Order())}] {plain}";
        })).ToList();

    static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            // An exited kernel is re-parented and reaped by init; a zombie's status line says so.
            var status = File.ReadAllText($"/proc/{pid}/status");
            return !process.HasExited && !status.Contains("State:\tZ");
        }
        catch (Exception e) when (e is ArgumentException or IOException) { return false; }
    }

    // Generous: every shipped notebook starts a kernel process of its own, and a loaded 2-core machine is slow.
    static Task<(int Code, string Output)> Run(string program, string[] arguments, (string Name, string Value)[] environment) =>
        ChildProcess.RunAsync(program, arguments, environment, TimeSpan.FromMinutes(12));
}
