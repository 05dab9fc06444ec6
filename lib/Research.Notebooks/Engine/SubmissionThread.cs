using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace Research.Notebooks.Engine;

/// <summary>
/// Runs each C# submission on a thread of its own, so that it can be interrupted. .NET Interactive runs a cell on
/// its scheduler's thread: a cell that loops there cannot be stopped, and the next cell never runs. Here the
/// scheduler waits for our thread instead; an interrupt wakes a cell that blocks or sleeps (Thread.Interrupt) and,
/// if the cell is still running after a grace period, releases the scheduler and reports the cell as runaway, so
/// the engine can be restarted.
/// </summary>
public sealed class SubmissionThread
{
    readonly Lock gate = new();
    Running? current;

    sealed record Running(Thread Thread, TaskCompletionSource Done);

    /// <summary>How long an interrupted cell gets to stop before it is abandoned.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>True once a cell was abandoned while still running: the engine's state can no longer be trusted.</summary>
    public bool Abandoned { get; private set; }

    public bool IsRunning { get { lock (gate) return current is not null; } }

    internal async Task Middleware(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        if (command is not SubmitCode)
        {
            await next(command, context);
            return;
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Thread.Start flows the execution context: the invocation context and console capture come along.
        var thread = new Thread(() =>
        {
            try
            {
                new CellSynchronizationContext().Run(() => next(command, context));
                done.TrySetResult();
            }
            catch (ThreadInterruptedException) { done.TrySetException(new OperationCanceledException("interrupted")); }
            catch (Exception e) { done.TrySetException(e); }
            finally
            {
                lock (gate) if (current?.Thread == Thread.CurrentThread) current = null;
            }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = "research cell" };
        lock (gate) current = new Running(thread, done);
        thread.Start();
        await done.Task;
    }

    /// <summary>Interrupts the running cell; returns false when it had to be abandoned still running.</summary>
    public async Task<bool> InterruptAsync()
    {
        Running? running;
        lock (gate) running = current;
        if (running is null) return true;
        running.Thread.Interrupt();
        if (await Task.WhenAny(running.Done.Task, Task.Delay(Grace)) == running.Done.Task) return true;
        Abandoned = true;
        lock (gate) if (current == running) current = null;
        running.Done.TrySetException(new OperationCanceledException("abandoned"));
        return false;
    }
}
