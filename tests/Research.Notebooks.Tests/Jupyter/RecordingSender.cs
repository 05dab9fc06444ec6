using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>An in-memory transport: what the dispatcher sends, in order, with its channel.</summary>
sealed class RecordingSender : IMessageSender
{
    readonly List<(KernelChannel Channel, JupyterMessage Message)> sent = [];

    public void Send(KernelChannel channel, JupyterMessage message)
    {
        lock (sent) sent.Add((channel, message));
    }

    public List<(KernelChannel Channel, JupyterMessage Message)> Sent
    {
        get { lock (sent) return [.. sent]; }
    }

    /// <summary>Each message as "channel msg_type", the order a client would see.</summary>
    public List<string> Summary() => [.. Sent.Select(s => $"{s.Channel.ToString().ToLowerInvariant()} {s.Message.MsgType}")];

    public void Clear()
    {
        lock (sent) sent.Clear();
    }
}
