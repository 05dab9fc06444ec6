using System.Runtime.InteropServices;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// Notices when the process that started the kernel dies, so a client that crashed leaves no kernel behind (as
/// ipykernel's parent poller does): the kernel's parent pid changes when it is re-parented to init or a subreaper.
/// </summary>
static class ParentProcess
{
    [DllImport("libc", EntryPoint = "getppid")]
    static extern int GetParentId();

    /// <summary>
    /// Completes once the parent is gone; never on Windows (where JPY_PARENT_PID is a handle, not a pid, and Jupyter
    /// ends kernels itself). The parent is JPY_PARENT_PID when the client set it, else the parent at start-up.
    /// </summary>
    public static async Task WaitForExitAsync(CancellationToken cancel)
    {
        if (OperatingSystem.IsWindows()) { await Task.Delay(Timeout.Infinite, cancel); return; }
        var expected = int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var given) && given > 1 ? given : GetParentId();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(cancel))
        {
            var parent = GetParentId();
            if (parent != expected || parent == 1) return;
        }
    }
}
