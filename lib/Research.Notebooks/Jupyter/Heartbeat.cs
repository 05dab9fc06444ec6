using NetMQ;
using NetMQ.Sockets;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// The heartbeat: echoes every ping on its own thread, so a client sees the kernel alive even while a cell keeps the
/// shell busy for minutes.
/// </summary>
sealed class Heartbeat : IDisposable
{
    readonly ResponseSocket socket = new();
    readonly Thread thread;
    readonly CancellationToken stop;

    public Heartbeat(string endpoint, CancellationToken stop)
    {
        this.stop = stop;
        socket.Options.Linger = TimeSpan.Zero;
        socket.Bind(endpoint);
        thread = new Thread(Echo) { IsBackground = true, Name = "kernel heartbeat" };
    }

    public void Start() => thread.Start();

    void Echo()
    {
        var frames = new List<byte[]>();
        while (!stop.IsCancellationRequested)
        {
            // A short timeout lets the thread notice the kernel stopping.
            if (socket.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(100), ref frames)) socket.SendMultipartBytes(frames);
        }
    }

    public void Dispose()
    {
        if (thread.IsAlive) thread.Join(TimeSpan.FromSeconds(2));
        socket.Dispose();
    }
}
