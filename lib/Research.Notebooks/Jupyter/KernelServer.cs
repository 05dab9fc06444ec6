using NetMQ;
using NetMQ.Sockets;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// The kernel's sockets, bound on the connection file's ip only: shell, control and stdin (ROUTER), iopub (PUB) and
/// the heartbeat (REP). Shell and control each get a thread, so an interrupt on control reaches a busy shell; what they
/// receive is verified and handed to the <see cref="KernelDispatcher"/>.
/// </summary>
public sealed class KernelServer : IMessageSender, IDisposable
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    readonly INotebookEngine engine;
    readonly MessageSigner signer;
    readonly Action<string> log;
    readonly CancellationTokenSource stop = new();
    readonly RouterSocket shell = new(), control = new(), stdin = new();
    readonly PublisherSocket iopub = new();
    readonly Heartbeat heartbeat;
    readonly KernelDispatcher dispatcher;
    readonly Thread shellThread, controlThread;

    /// <summary>Binds every socket at once, so a port already taken fails here, before any client waits on it.</summary>
    public KernelServer(KernelConnection connection, INotebookEngine engine, Action<string>? log = null)
    {
        this.engine = engine;
        // Bound to the stderr of start-up: the engine may redirect Console per cell, and the log must not land in a cell's output.
        this.log = log ?? Console.Error.WriteLine;
        signer = new MessageSigner(connection.Key);
        dispatcher = new KernelDispatcher(engine, this, new KernelSession(), this.log, stop.Token);
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub })
            // Replies already queued (a shutdown_reply above all) get a moment to leave when the kernel closes.
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        try
        {
            shell.Bind(connection.Endpoint(connection.ShellPort));
            control.Bind(connection.Endpoint(connection.ControlPort));
            stdin.Bind(connection.Endpoint(connection.StdinPort));
            iopub.Bind(connection.Endpoint(connection.IOPubPort));
            heartbeat = new Heartbeat(connection.Endpoint(connection.HeartbeatPort), stop.Token);
        }
        catch
        {
            // Release the ports already bound, so a caller that retries elsewhere finds them free.
            foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub }) socket.Dispose();
            stop.Dispose();
            throw;
        }
        shellThread = new Thread(() => Serve(KernelChannel.Shell, shell)) { IsBackground = true, Name = "kernel shell" };
        controlThread = new Thread(() => Serve(KernelChannel.Control, control)) { IsBackground = true, Name = "kernel control" };
    }

    /// <summary>
    /// Serves until a client sends shutdown_request (a restart too: Jupyter starts a new process) or <paramref name="cancel"/> fires (the parent
    /// process died, the test ended); then stops the running cell and the threads.
    /// </summary>
    public async Task RunAsync(CancellationToken cancel = default)
    {
        heartbeat.Start();
        shellThread.Start();
        controlThread.Start();
        var cancelled = new TaskCompletionSource();
        using (cancel.Register(() => cancelled.TrySetResult()))
            await Task.WhenAny(dispatcher.ShutdownRequested, cancelled.Task);
        stop.Cancel();
        // A cell still running would hold the shell thread: ask the engine to stop it.
        try { engine.Interrupt(); } catch (Exception e) { log($"kernel: interrupting the engine at shutdown failed: {e.Message}"); }
        await Task.Run(() =>
        {
            controlThread.Join(TimeSpan.FromSeconds(5));
            shellThread.Join(TimeSpan.FromSeconds(5));
        });
    }

    void Serve(KernelChannel channel, RouterSocket socket)
    {
        var frames = new List<byte[]>();
        while (!stop.IsCancellationRequested)
        {
            if (!socket.TryReceiveMultipartBytes(Poll, ref frames)) continue;
            Handle(channel, frames);
            if (channel != KernelChannel.Shell || !dispatcher.Aborting) continue;
            // After a failed cell with stop_on_error, what was queued behind it when it failed is answered "aborted"
            // (other requests among them are served); then cells run again, whatever arrived after its reply too.
            List<List<byte[]>> queued;
            lock (shell) { queued = [.. heldBehindFailure]; heldBehindFailure.Clear(); }
            foreach (var request in queued)
            {
                if (stop.IsCancellationRequested) break;
                Handle(channel, request);
            }
            dispatcher.StopAborting();
        }
    }

    readonly List<List<byte[]>> heldBehindFailure = [];

    /// <summary>
    /// Takes what is waiting on shell before the failed cell's reply leaves (called on the thread finishing that cell,
    /// while the shell thread waits for it), so a request sent after the client saw the reply still runs.
    /// </summary>
    public void HoldQueuedRequests()
    {
        lock (shell)
        {
            if (shell.IsDisposed) return;
            var frames = new List<byte[]>();
            while (shell.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
            {
                heldBehindFailure.Add(frames);
                frames = [];
            }
        }
    }

    void Handle(KernelChannel channel, List<byte[]> frames)
    {
        JupyterMessage request;
        try { request = WireFormat.Parse(frames, signer); }
        catch (MalformedMessageException e)
        {
            // Refused without a reply: an unsigned message may come from anyone, and a reply would need its identity.
            log($"kernel: refused a message on {channel.ToString().ToLowerInvariant()}: {e.Message}");
            return;
        }
        try { dispatcher.DispatchAsync(channel, request).GetAwaiter().GetResult(); }
        catch (Exception e) { log($"kernel: {request.MsgType} on {channel.ToString().ToLowerInvariant()} failed: {e}"); }
    }

    /// <summary>
    /// Sends a message on its socket. iopub is written from both threads (and from engine callbacks), so every send
    /// holds its socket's lock; NetMQ sockets are not thread-safe.
    /// </summary>
    public void Send(KernelChannel channel, JupyterMessage message)
    {
        NetMQSocket socket = channel switch
        {
            KernelChannel.Shell => shell,
            KernelChannel.Control => control,
            KernelChannel.Stdin => stdin,
            _ => iopub,
        };
        var frames = WireFormat.Serialize(message, signer);
        lock (socket)
        {
            if (!socket.IsDisposed) socket.SendMultipartBytes(frames);
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        heartbeat.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub })
            lock (socket) socket.Dispose();
        stop.Dispose();
    }
}
