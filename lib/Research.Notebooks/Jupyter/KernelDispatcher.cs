using System.Text.Json.Nodes;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// Routes each message to its handler by channel and type, between a "busy" and an "idle" status on iopub, and turns
/// everything the engine does into Jupyter messages. It knows messages, not sockets: the server feeds it what the
/// shell and control sockets receive, tests feed it directly.
/// </summary>
public sealed partial class KernelDispatcher
{
    delegate Task Handler(KernelChannel channel, JupyterMessage request);

    readonly INotebookEngine engine;
    readonly IMessageSender sender;
    readonly KernelSession session;
    readonly Action<string> log;
    readonly CancellationToken stopping;
    readonly Dictionary<string, Handler> shellHandlers;
    readonly Dictionary<string, Handler> controlHandlers;
    readonly TaskCompletionSource shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public KernelDispatcher(INotebookEngine engine, IMessageSender sender, KernelSession session, Action<string> log, CancellationToken stopping = default)
    {
        this.engine = engine;
        this.sender = sender;
        this.session = session;
        this.log = log;
        this.stopping = stopping;
        shellHandlers = new()
        {
            ["kernel_info_request"] = KernelInfo,
            ["execute_request"] = Execute,
            ["complete_request"] = Complete,
            ["inspect_request"] = Inspect,
            ["is_complete_request"] = IsComplete,
            ["history_request"] = History,
            ["comm_info_request"] = CommInfo,
            ["comm_open"] = CommOpen,
            ["comm_msg"] = IgnoreComm,
            ["comm_close"] = IgnoreComm,
            // Older clients send shutdown on shell; it must work there too.
            ["shutdown_request"] = Shutdown,
        };
        // Control is served on its own thread, so these reach the kernel while a cell runs on shell.
        controlHandlers = new()
        {
            ["interrupt_request"] = Interrupt,
            ["shutdown_request"] = Shutdown,
            ["kernel_info_request"] = KernelInfo,
        };
    }

    /// <summary>Completes when a client asked the kernel to shut down or restart: the server then stops, and Jupyter starts a new process for a restart.</summary>
    public Task ShutdownRequested => shutdown.Task;

    /// <summary>
    /// Handles one request: "busy", the handler's replies and outputs, then "idle" whatever happened, all with the
    /// request as parent so clients know when it is done.
    /// </summary>
    public async Task DispatchAsync(KernelChannel channel, JupyterMessage request)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        try
        {
            var table = channel == KernelChannel.Control ? controlHandlers : shellHandlers;
            if (table.TryGetValue(request.MsgType, out var handler)) await handler(channel, request);
            else log($"kernel: ignored a message of unknown type \"{request.MsgType}\" on {channel.ToString().ToLowerInvariant()}");
        }
        catch (Exception e)
        {
            // An engine call that throws becomes an error reply: the client is not left waiting and the kernel lives on.
            log($"kernel: {request.MsgType} failed: {e}");
            if (request.MsgType.EndsWith("_request", StringComparison.Ordinal))
                Reply(channel, request, ErrorContent(FromException(e)));
        }
        finally
        {
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        }
    }

    void Reply(KernelChannel channel, JupyterMessage request, JsonObject content) =>
        sender.Send(channel, session.Create(ReplyType(request.MsgType), content, request));

    void Publish(string msgType, JsonObject content, JupyterMessage parent) =>
        // iopub is a PUB socket: subscribers filter on the first frame, so send no routing identities.
        sender.Send(KernelChannel.IOPub, session.Create(msgType, content, parent, identities: []));

    static string ReplyType(string requestType) =>
        requestType.EndsWith("_request", StringComparison.Ordinal) ? requestType[..^"_request".Length] + "_reply" : requestType + "_reply";

    static JsonObject ErrorContent(ErrorOutput error) => new()
    {
        ["status"] = "error",
        ["ename"] = error.Name,
        ["evalue"] = error.Value,
        ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
    };

    static ErrorOutput FromException(Exception e) =>
        new(e.GetType().Name, e.Message, e.ToString().Split('\n').Select(line => line.TrimEnd('\r')).ToArray());

    static string Text(JsonObject content, string name) => content[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    static int Integer(JsonObject content, string name) => content[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : 0;

    static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    static JsonObject Bundle(IReadOnlyDictionary<string, JsonNode> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data) bundle[mime] = value.DeepClone();
        return bundle;
    }
}
