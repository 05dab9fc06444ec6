namespace Research.Notebooks.Jupyter;

/// <summary>The kernel's sockets, as Jupyter names them (the heartbeat only echoes, so it carries no messages).</summary>
public enum KernelChannel { Shell, Control, Stdin, IOPub }

/// <summary>
/// Where the dispatcher sends what it has to say: the socket server in the kernel, a recording list in tests.
/// Called from the shell and the control threads alike, so it must be thread-safe.
/// </summary>
public interface IMessageSender
{
    void Send(KernelChannel channel, JupyterMessage message);

    /// <summary>
    /// Called just before the reply of a cell that failed with stop_on_error: the requests already waiting on shell are
    /// the ones queued behind it (answered "aborted"); a request sent after the client saw the reply is not.
    /// </summary>
    void HoldQueuedRequests() { }
}
