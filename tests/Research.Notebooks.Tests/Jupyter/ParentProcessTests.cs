using System.Diagnostics;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>The kernel's watch on the process that started it (Linux and macOS; Windows kernels are ended by Jupyter).</summary>
public sealed class ParentProcessTests
{
    [Fact]
    public async Task A_changed_parent_pid_means_the_parent_died()
    {
        if (OperatingSystem.IsWindows()) return;
        // As if the kernel had been started by another process, since gone: its parent pid is no longer that one.
        await ParentProcess.WaitForExitAsync(int.MaxValue, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_watch_waits_while_the_parent_lives_and_ends_when_the_named_client_exits()
    {
        if (OperatingSystem.IsWindows()) return;
        using var client = Process.Start("sleep", "30");
        var watch = ParentProcess.WaitForExitAsync(ParentProcess.CurrentParent(), client.Id, CancellationToken.None);
        await Task.Delay(1500);
        Assert.False(watch.IsCompleted);
        client.Kill();
        await client.WaitForExitAsync();
        await watch.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
