using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// Notices when the process that started the kernel dies, so a client that crashed leaves no kernel behind (as
/// ipykernel's parent poller does): a kernel whose parent dies is re-parented (to init or a subreaper), so its parent
/// pid changes. JPY_PARENT_PID, which Jupyter sets, names the client even when a wrapper script sits in between.
/// </summary>
static class ParentProcess
{
    [DllImport("libc", EntryPoint = "getppid")]
    static extern int GetParentId();

    /// <summary>Completes once the parent (or JPY_PARENT_PID's process) is gone; never on Windows, where JPY_PARENT_PID is a handle.</summary>
    public static Task WaitForExitAsync(CancellationToken cancel)
    {
        if (OperatingSystem.IsWindows()) return Task.Delay(Timeout.Infinite, cancel);
        int? named = int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) ? pid : null;
        return WaitForExitAsync(GetParentId(), named, cancel);
    }

    internal static async Task WaitForExitAsync(int parent, int? named, CancellationToken cancel)
    {
        // A kernel started by init (pid 1: a container's entry point) has no parent that can die; init never does.
        var watchParent = parent > 1;
        var watchNamed = named is > 1 && named != parent;
        if (!watchParent && !watchNamed) { await Task.Delay(Timeout.Infinite, cancel); return; }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(cancel))
        {
            if (watchParent && GetParentId() != parent) return;
            if (watchNamed && !Exists(named!.Value)) return;
        }
    }

    static bool Exists(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
    }

    internal static int CurrentParent() => GetParentId();
}
