using System.Collections.Concurrent;

namespace Research.Notebooks.Engine;

/// <summary>
/// Keeps a cell on the thread that runs it: continuations after an `await` are queued back to that thread instead
/// of the thread pool, so the engine always knows which thread to interrupt.
/// </summary>
internal sealed class CellSynchronizationContext : SynchronizationContext
{
    readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = [];

    public override void Post(SendOrPostCallback d, object? state)
    {
        try { queue.Add((d, state)); }
        catch (InvalidOperationException)
        {
            // The cell is over (finished or abandoned): what it left behind runs on the thread pool.
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="start"/> and every continuation it posts on this thread until its task ends.</summary>
    public void Run(Func<Task> start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            var task = start();
            task.ContinueWith(_ => queue.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            foreach (var (callback, state) in queue.GetConsumingEnumerable()) callback(state);
            task.GetAwaiter().GetResult();
        }
        finally
        {
            queue.CompleteAdding();
            SetSynchronizationContext(previous);
        }
    }
}
