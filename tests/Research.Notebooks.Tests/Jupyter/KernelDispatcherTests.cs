using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>Routing, the busy/idle frame and the mapping of engine outputs, through an in-memory transport.</summary>
public sealed class KernelDispatcherTests
{
    readonly FakeEngine engine = new();
    readonly RecordingSender sender = new();
    readonly List<string> log = [];
    readonly KernelDispatcher dispatcher;

    public KernelDispatcherTests() => dispatcher = new KernelDispatcher(engine, sender, new KernelSession(), log.Add);

    static JupyterMessage Request(string type, JsonObject? content = null) => new(
        [Encoding.UTF8.GetBytes("client")],
        new JsonObject { ["msg_id"] = Guid.NewGuid().ToString(), ["msg_type"] = type, ["session"] = "s", ["username"] = "u", ["version"] = "5.3" },
        new JsonObject(), new JsonObject(), content ?? new JsonObject(), []);

    async Task<JupyterMessage> Send(string type, JsonObject? content = null, KernelChannel channel = KernelChannel.Shell)
    {
        var request = Request(type, content);
        await dispatcher.DispatchAsync(channel, request);
        return request;
    }

    JsonObject Content(string msgType) => sender.Sent.Single(s => s.Message.MsgType == msgType).Message.Content;

    [Fact]
    public async Task Kernel_info_is_answered_between_busy_and_idle_with_the_request_as_parent()
    {
        var request = await Send("kernel_info_request");
        Assert.Equal(["iopub status", "shell kernel_info_reply", "iopub status"], sender.Summary());
        Assert.All(sender.Sent, s => Assert.Equal(request.MsgId, (string?)s.Message.ParentHeader["msg_id"]));
        Assert.Equal(["busy", "idle"], sender.Sent.Where(s => s.Message.MsgType == "status").Select(s => (string?)s.Message.Content["execution_state"]));
        var reply = Content("kernel_info_reply");
        Assert.Equal("5.3", (string?)reply["protocol_version"]);
        Assert.Equal("C#", (string?)reply["language_info"]!["name"]);
        Assert.Equal("A fake engine for tests", (string?)reply["banner"]);
        Assert.Equal("client", Encoding.UTF8.GetString(sender.Sent[1].Message.Identities.Single()));
        Assert.Empty(sender.Sent[0].Message.Identities);
    }

    [Fact]
    public async Task An_execute_request_publishes_its_input_and_output_then_replies_with_the_count()
    {
        await Send("execute_request", new JsonObject { ["code"] = "hello" });
        Assert.Equal(["iopub status", "iopub execute_input", "iopub stream", "shell execute_reply", "iopub status"], sender.Summary());
        Assert.Equal("hello", (string?)Content("stream")["text"]);
        Assert.Equal("stdout", (string?)Content("stream")["name"]);
        Assert.Equal("ok", (string?)Content("execute_reply")["status"]);
        Assert.Equal(1, (int?)Content("execute_reply")["execution_count"]);
        sender.Clear();
        await Send("execute_request", new JsonObject { ["code"] = "result" });
        Assert.Equal(2, (int?)Content("execute_result")["execution_count"]);
        Assert.Equal("42", (string?)Content("execute_result")["data"]!["text/plain"]);
    }

    [Fact]
    public async Task Displays_carry_their_display_id_and_an_update_replaces_in_place()
    {
        await Send("execute_request", new JsonObject { ["code"] = "display" });
        Assert.Equal("shown", (string?)Content("display_data")["data"]!["text/plain"]);
        Assert.Equal("d1", (string?)Content("display_data")["transient"]!["display_id"]);
        Assert.Equal("updated", (string?)Content("update_display_data")["data"]!["text/plain"]);
        Assert.Equal("d1", (string?)Content("update_display_data")["transient"]!["display_id"]);
    }

    [Fact]
    public async Task A_silent_request_publishes_nothing_and_does_not_count()
    {
        await Send("execute_request", new JsonObject { ["code"] = "hello", ["silent"] = true });
        Assert.Equal(["iopub status", "shell execute_reply", "iopub status"], sender.Summary());
        await Send("execute_request", new JsonObject { ["code"] = "hello", ["store_history"] = false });
        Assert.Equal(0, (int?)sender.Sent.Last(s => s.Message.MsgType == "execute_reply").Message.Content["execution_count"]);
        sender.Clear();
        await Send("execute_request", new JsonObject { ["code"] = "hello" });
        Assert.Equal(1, (int?)Content("execute_reply")["execution_count"]);
    }

    [Fact]
    public async Task A_failed_cell_publishes_one_error_and_replies_with_it_then_queued_cells_are_aborted()
    {
        await Send("execute_request", new JsonObject { ["code"] = "fail" });
        // What waits on shell is held before the reply leaves: a request sent after the client saw the reply is not queued behind the failure.
        Assert.Equal(["iopub status", "iopub execute_input", "iopub error", "hold", "shell execute_reply", "iopub status"], sender.Summary());
        var reply = Content("execute_reply");
        Assert.Equal("error", (string?)reply["status"]);
        Assert.Equal("CompilationError", (string?)reply["ename"]);
        Assert.Equal("cell 1, line 1: it failed", (string?)reply["evalue"]);
        Assert.Equal("cell 1, line 1: it failed", (string?)Content("error")["evalue"]);
        Assert.True(dispatcher.Aborting);

        sender.Clear();
        await Send("execute_request", new JsonObject { ["code"] = "queued" });
        Assert.Equal("aborted", (string?)Content("execute_reply")["status"]);
        Assert.DoesNotContain("iopub stream", sender.Summary());

        dispatcher.StopAborting();
        sender.Clear();
        await Send("execute_request", new JsonObject { ["code"] = "after" });
        Assert.Equal("ok", (string?)Content("execute_reply")["status"]);
        Assert.Equal(2, (int?)Content("execute_reply")["execution_count"]);
    }

    [Fact]
    public async Task Without_stop_on_error_or_when_silent_the_next_cell_runs()
    {
        await Send("execute_request", new JsonObject { ["code"] = "fail", ["stop_on_error"] = false });
        Assert.False(dispatcher.Aborting);
        await Send("execute_request", new JsonObject { ["code"] = "fail", ["silent"] = true });
        Assert.False(dispatcher.Aborting);
    }

    [Fact]
    public async Task An_engine_that_throws_gives_error_replies_and_idle_still_follows()
    {
        await Send("execute_request", new JsonObject { ["code"] = "throw" });
        Assert.Equal(["iopub status", "iopub execute_input", "iopub error", "hold", "shell execute_reply", "iopub status"], sender.Summary());
        Assert.Equal("InvalidOperationException", (string?)Content("execute_reply")["ename"]);
        sender.Clear();
        await Send("complete_request", new JsonObject { ["code"] = "throw", ["cursor_pos"] = 5 });
        Assert.Equal(["iopub status", "shell complete_reply", "iopub status"], sender.Summary());
        Assert.Equal("error", (string?)Content("complete_reply")["status"]);
        Assert.Equal("completion broke", (string?)Content("complete_reply")["evalue"]);
    }

    [Fact]
    public async Task Completion_passes_code_point_cursors_through()
    {
        // "é😀 " is 3 code points (4 UTF-16 units): the engine gets the client's count unchanged.
        var code = "é😀 Console.Wri";
        await Send("complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = 14 });
        Assert.Equal(14, engine.LastCursor);
        var reply = Content("complete_reply");
        Assert.Equal(["WriteLine"], reply["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal((11, 14), ((int)reply["cursor_start"]!, (int)reply["cursor_end"]!));
        Assert.Equal("ok", (string?)reply["status"]);
    }

    [Fact]
    public async Task Inspect_and_is_complete_answer_from_the_engine()
    {
        await Send("inspect_request", new JsonObject { ["code"] = "Console", ["cursor_pos"] = 3, ["detail_level"] = 0 });
        Assert.True((bool?)Content("inspect_reply")["found"]);
        Assert.Equal("class System.Console", (string?)Content("inspect_reply")["data"]!["text/plain"]);
        await Send("is_complete_request", new JsonObject { ["code"] = "if (x) {" });
        Assert.Equal("incomplete", (string?)Content("is_complete_reply")["status"]);
        Assert.NotNull(Content("is_complete_reply")["indent"]);
    }

    [Fact]
    public async Task Interrupt_and_shutdown_are_served_on_control()
    {
        await Send("interrupt_request", channel: KernelChannel.Control);
        Assert.Equal(1, engine.Interrupts);
        Assert.Contains("control interrupt_reply", sender.Summary());

        // A restart is a new process, started by the kernel manager once this one has exited.
        await Send("shutdown_request", new JsonObject { ["restart"] = true }, KernelChannel.Control);
        Assert.True(dispatcher.ShutdownRequested.IsCompleted);
        Assert.Equal(1, sender.Summary().Count(s => s == "control shutdown_reply"));
    }

    [Fact]
    public async Task Execute_is_not_a_control_message()
    {
        await Send("execute_request", new JsonObject { ["code"] = "x" }, KernelChannel.Control);
        Assert.Equal(["iopub status", "iopub status"], sender.Summary());
        Assert.Contains(log, line => line.Contains("unknown type \"execute_request\" on control"));
    }

    [Fact]
    public async Task An_unknown_message_type_is_logged_and_the_kernel_carries_on()
    {
        await Send("frobnicate_request");
        Assert.Equal(["iopub status", "iopub status"], sender.Summary());
        Assert.Contains(log, line => line.Contains("frobnicate_request"));
        sender.Clear();
        await Send("kernel_info_request");
        Assert.Contains("shell kernel_info_reply", sender.Summary());
    }

    [Fact]
    public async Task Comms_are_closed_at_once_and_history_is_empty()
    {
        await Send("comm_open", new JsonObject { ["comm_id"] = "c1", ["target_name"] = "jupyter.widget", ["data"] = new JsonObject() });
        Assert.Equal("c1", (string?)Content("comm_close")["comm_id"]);
        await Send("comm_info_request");
        Assert.Empty(Content("comm_info_reply")["comms"]!.AsObject());
        await Send("history_request", new JsonObject { ["hist_access_type"] = "tail", ["n"] = 10 });
        Assert.Empty(Content("history_reply")["history"]!.AsArray());
        Assert.Empty(log);
    }
}
