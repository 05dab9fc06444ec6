using System.Text.Json.Nodes;

namespace Research.Notebooks.Jupyter;

/// <summary>The requests other than execute: what the kernel is, completion, inspection, comms, interrupt, shutdown.</summary>
public sealed partial class KernelDispatcher
{
    Task KernelInfo(KernelChannel channel, JupyterMessage request)
    {
        var info = engine.Info;
        Reply(channel, request, new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = KernelSession.ProtocolVersion,
            ["implementation"] = info.Implementation,
            ["implementation_version"] = info.Version,
            ["language_info"] = new JsonObject
            {
                ["name"] = info.LanguageName,
                ["version"] = info.LanguageVersion,
                ["mimetype"] = info.MimeType,
                ["file_extension"] = info.FileExtension,
                ["pygments_lexer"] = info.PygmentsLexer,
            },
            ["banner"] = info.Banner,
            ["help_links"] = new JsonArray(
                new JsonObject { ["text"] = "C# language reference", ["url"] = "https://learn.microsoft.com/dotnet/csharp/language-reference/" },
                new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" }),
        });
        return Task.CompletedTask;
    }

    async Task Complete(KernelChannel channel, JupyterMessage request)
    {
        var code = Text(request.Content, "code");
        // Jupyter 5.3 counts cursor positions in code points, and so does the engine: no conversion.
        var completions = await engine.CompleteAsync(code, Integer(request.Content, "cursor_pos"), stopping);
        Reply(channel, request, new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(completions.Matches.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
            ["cursor_start"] = completions.Start,
            ["cursor_end"] = completions.End,
            ["metadata"] = new JsonObject(),
        });
    }

    async Task Inspect(KernelChannel channel, JupyterMessage request)
    {
        var data = await engine.InspectAsync(Text(request.Content, "code"), Integer(request.Content, "cursor_pos"), stopping);
        Reply(channel, request, new JsonObject
        {
            ["status"] = "ok",
            ["found"] = data is not null,
            ["data"] = data is null ? new JsonObject() : Bundle(data),
            ["metadata"] = new JsonObject(),
        });
    }

    async Task IsComplete(KernelChannel channel, JupyterMessage request)
    {
        var status = await engine.IsCompleteAsync(Text(request.Content, "code"), stopping);
        var reply = new JsonObject { ["status"] = status };
        // Only an incomplete answer carries an indent; empty lets the console keep its own.
        if (status == "incomplete") reply["indent"] = "";
        Reply(channel, request, reply);
    }

    Task History(KernelChannel channel, JupyterMessage request)
    {
        Reply(channel, request, new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
        return Task.CompletedTask;
    }

    Task CommInfo(KernelChannel channel, JupyterMessage request)
    {
        Reply(channel, request, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
        return Task.CompletedTask;
    }

    /// <summary>The kernel has no comm targets: a comm opened by a client is closed at once, as the protocol asks.</summary>
    Task CommOpen(KernelChannel channel, JupyterMessage request)
    {
        Publish("comm_close", new JsonObject { ["comm_id"] = Text(request.Content, "comm_id"), ["data"] = new JsonObject() }, request);
        return Task.CompletedTask;
    }

    Task IgnoreComm(KernelChannel channel, JupyterMessage request) => Task.CompletedTask;

    Task Interrupt(KernelChannel channel, JupyterMessage request)
    {
        engine.Interrupt();
        Reply(channel, request, new JsonObject { ["status"] = "ok" });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Shutdown, with or without restart, ends the process, as ipykernel does: Jupyter's kernel manager waits for the
    /// process to exit and starts a new one to restart it, which also ends any cell that ignored an interrupt.
    /// </summary>
    Task Shutdown(KernelChannel channel, JupyterMessage request)
    {
        var restart = Flag(request.Content, "restart", false);
        var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
        Reply(channel, request, content);
        // Other clients of the kernel learn of it on iopub.
        Publish("shutdown_reply", (JsonObject)content.DeepClone(), request);
        shutdown.TrySetResult();
        return Task.CompletedTask;
    }
}
