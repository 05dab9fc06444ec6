using System.Diagnostics;
using System.Globalization;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Jupyter;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelSocketsCollection
{
    // One kernel at a time: the listening-socket test counts this process's sockets.
    public const string Name = "kernel sockets";
}

/// <summary>The kernel on real sockets: driven by Jupyter's own client, and what it listens on.</summary>
[Collection(KernelSocketsCollection.Name)]
public sealed class KernelServerTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-kernel-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [ToolFact("jupyter_client")]
    public async Task Jupyter_client_gets_every_reply_interrupts_a_busy_cell_and_shuts_the_kernel_down()
    {
        using var kernel = new TestKernel(folder);
        var script = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Jupyter", "drive_kernel.py");
        var (code, output) = await Run("/usr/bin/python3", script, kernel.ConnectionFile);
        Assert.True(code == 0, output + "\nkernel log:\n" + string.Join("\n", kernel.Log));
        Assert.Contains("ok shutdown", output);
        // shutdown_request without restart ends the server.
        await kernel.Running.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.True(kernel.Engine.Interrupts >= 1);
        lock (kernel.Log)
        {
            Assert.Contains(kernel.Log, line => line.Contains("refused a message on shell: bad signature"));
            Assert.Contains(kernel.Log, line => line.Contains("refused a message on shell: no <IDS|MSG> delimiter"));
        }
    }

    [Fact]
    public void The_kernel_listens_on_its_five_ports_on_the_connection_files_ip_and_nowhere_else()
    {
        if (!OperatingSystem.IsLinux()) return;
        var before = Listening();
        using var kernel = new TestKernel(folder);
        var opened = Listening().Except(before).Order().ToList();
        var c = kernel.Connection;
        var expected = new[] { c.ShellPort, c.ControlPort, c.StdinPort, c.IOPubPort, c.HeartbeatPort }.Select(p => $"127.0.0.1:{p}").Order();
        Assert.Equal(expected, opened);
    }

    /// <summary>This process's listening TCP sockets, as "ip:port", from /proc (sockets are matched by inode).</summary>
    static HashSet<string> Listening()
    {
        var inodes = Directory.GetFiles("/proc/self/fd")
            .Select(fd => { try { return new FileInfo(fd).LinkTarget; } catch (IOException) { return null; } })
            .Where(target => target?.StartsWith("socket:[") == true)
            .Select(target => target!["socket:[".Length..^1])
            .ToHashSet();
        var found = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields[3] != "0A" || !inodes.Contains(fields[9])) continue;  // 0A: LISTEN
                var (address, port) = (fields[1][..fields[1].IndexOf(':')], int.Parse(fields[1][(fields[1].IndexOf(':') + 1)..], NumberStyles.HexNumber));
                found.Add($"{Address(address)}:{port}");
            }
        }
        return found;
    }

    // /proc writes an IPv4 address as one little-endian hex number; IPv6 ones are kept as written.
    static string Address(string hex) => hex.Length == 8
        ? string.Join('.', Convert.FromHexString(hex).Reverse())
        : hex;

    static async Task<(int Code, string Output)> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); return (-1, "timed out\n" + await stdout); }
        return (process.ExitCode, await stdout + await stderr);
    }
}
