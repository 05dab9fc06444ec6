using System.Text.Json.Nodes;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Jupyter;

/// <summary>execute_request: runs a cell and maps the engine's outputs, in order, to iopub messages.</summary>
public sealed partial class KernelDispatcher
{
    int executionCount;

    /// <summary>
    /// Set after a cell failed with stop_on_error: execute requests already queued behind it are answered "aborted"
    /// instead of run (a notebook's "run all" stops at the first error), until the server has answered those it held.
    /// </summary>
    public bool Aborting { get; private set; }

    /// <summary>The server calls this once nothing more is waiting on shell: later cells run again.</summary>
    public void StopAborting() => Aborting = false;

    async Task Execute(KernelChannel channel, JupyterMessage request)
    {
        if (Aborting)
        {
            Reply(channel, request, new JsonObject { ["status"] = "aborted", ["execution_count"] = executionCount });
            return;
        }
        var code = Text(request.Content, "code");
        var silent = Flag(request.Content, "silent", false);
        // silent forces store_history off; only requests that store history count.
        var storeHistory = !silent && Flag(request.Content, "store_history", true);
        var stopOnError = Flag(request.Content, "stop_on_error", true);
        if (storeHistory) executionCount++;
        var count = executionCount;
        if (!silent) Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);

        var errorPublished = false;
        void Show(CellOutput output)
        {
            if (output is ErrorOutput) errorPublished = true;
            if (!silent) PublishOutput(output, count, request);
        }

        ErrorOutput? error;
        try
        {
            // A request that does not count still gets a cell number in its messages: the one it would have had.
            var outcome = await engine.ExecuteAsync(code, storeHistory ? count : count + 1, Show, stopping);
            error = outcome.Error;
        }
        catch (Exception e)
        {
            log($"kernel: the engine threw while running a cell: {e}");
            error = FromException(e);
        }
        if (error is not null && !errorPublished && !silent) PublishOutput(error, count, request);

        if (error is null)
        {
            Reply(channel, request, new JsonObject
            {
                ["status"] = "ok", ["execution_count"] = count, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray(),
            });
            return;
        }
        var reply = ErrorContent(error);
        reply["execution_count"] = count;
        // As ipykernel: a silent request (a frontend's own probe) does not stop the user's queued cells.
        if (stopOnError && !silent)
        {
            Aborting = true;
            sender.HoldQueuedRequests();
        }
        Reply(channel, request, reply);
    }

    void PublishOutput(CellOutput output, int count, JupyterMessage request)
    {
        switch (output)
        {
            case StreamOutput stream:
                Publish("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text }, request);
                break;
            case DisplayOutput display:
                var content = new JsonObject { ["data"] = Bundle(display.Data), ["metadata"] = new JsonObject() };
                // The display id travels in "transient": it is for live updates only and is not saved in the notebook.
                if (display.DisplayId is not null) content["transient"] = new JsonObject { ["display_id"] = display.DisplayId };
                Publish(display.IsUpdate && display.DisplayId is not null ? "update_display_data" : "display_data", content, request);
                break;
            case ResultOutput result:
                Publish("execute_result", new JsonObject
                {
                    ["execution_count"] = count, ["data"] = Bundle(result.Data), ["metadata"] = new JsonObject(),
                }, request);
                break;
            case ErrorOutput error:
                var message = ErrorContent(error);
                message.Remove("status");
                Publish("error", message, request);
                break;
        }
    }
}
