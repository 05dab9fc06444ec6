using System.Diagnostics;

namespace Research.Notebooks.Tests;

/// <summary>Runs a program the way the tests drive real tools (python3 with jupyter_client, the kit's own command): output captured, a time limit.</summary>
internal static class ChildProcess
{
    public static async Task<(int Code, string Output)> RunAsync(string program, string[] arguments, (string Name, string Value)[] environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); return (-1, "timed out\n" + await stdout); }
        return (process.ExitCode, await stdout + (process.ExitCode == 0 ? "" : await stderr));   // stderr only on failure: tools warn there
    }
}
