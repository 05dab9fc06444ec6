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

    /// <summary>Where, among the messages sent, the dispatcher asked for the requests queued on shell to be held.</summary>
    readonly List<int> holds = [];

    public void HoldQueuedRequests()
    {
        lock (sent) holds.Add(sent.Count);
    }

    public List<(KernelChannel Channel, JupyterMessage Message)> Sent
    {
        get { lock (sent) return [.. sent]; }
    }

    /// <summary>Each message as "channel msg_type", the order a client would see, with "hold" where queued requests were held.</summary>
    public List<string> Summary()
    {
        lock (sent)
        {
            var summary = sent.Select(s => $"{s.Channel.ToString().ToLowerInvariant()} {s.Message.MsgType}").ToList();
            foreach (var at in holds.OrderDescending()) summary.Insert(at, "hold");
            return summary;
        }
    }

    public void Clear()
    {
        lock (sent) { sent.Clear(); holds.Clear(); }
    }
}
