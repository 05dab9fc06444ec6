using System.Text.Json.Nodes;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Tests.Jupyter;

/// <summary>
/// An engine with fixed behaviour, to test the protocol apart from C#: echoes code as stdout; "display" shows and
/// updates a value; "result" returns 42; "fail" fails (after 300 ms with "slow fail"); "throw" throws; "loop" runs
/// until interrupted; completes "Console.Wri" with "WriteLine"; inspects "Console".
/// </summary>
sealed class FakeEngine : INotebookEngine
{
    volatile TaskCompletionSource interrupted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EngineInfo Info { get; } = new("fake-engine", "0.1", "C#", "14.0", ".cs", "text/x-csharp", "csharp", "A fake engine for tests");

    public int Interrupts;
    public int Restarts;
    public int LastCursor = -1;
    public readonly TaskCompletionSource LoopStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<ExecutionOutcome> ExecuteAsync(string code, int cellNumber, Action<CellOutput> output, CancellationToken cancel)
    {
        switch (code)
        {
            case "display":
                output(new DisplayOutput(Text("shown"), "d1"));
                output(new DisplayOutput(Text("updated"), "d1", IsUpdate: true));
                return ExecutionOutcome.Ok;
            case "result":
                output(new ResultOutput(Text("42")));
                return ExecutionOutcome.Ok;
            case "fail" or "slow fail":
                if (code == "slow fail") await Task.Delay(300, cancel);
                return Fail(output, new ErrorOutput("CompilationError", $"cell {cellNumber}, line 1: it failed", ["CompilationError: it failed"]));
            case "throw":
                throw new InvalidOperationException("the engine broke");
            case "loop":
                interrupted = new(TaskCreationOptions.RunContinuationsAsynchronously);
                LoopStarted.TrySetResult();
                await interrupted.Task.WaitAsync(cancel);
                return Fail(output, new ErrorOutput("OperationCanceledException", $"cell {cellNumber}: interrupted", []));
            default:
                output(new StreamOutput("stdout", code));
                return ExecutionOutcome.Ok;
        }
    }

    static ExecutionOutcome Fail(Action<CellOutput> output, ErrorOutput error)
    {
        output(error);
        return new ExecutionOutcome(error);
    }

    public Task<Completions> CompleteAsync(string code, int cursor, CancellationToken cancel)
    {
        LastCursor = cursor;
        if (code == "throw") throw new InvalidOperationException("completion broke");
        return Task.FromResult(code.EndsWith("Console.Wri", StringComparison.Ordinal)
            ? new Completions(["WriteLine"], cursor - 3, cursor)
            : new Completions([], cursor, cursor));
    }

    public Task<IReadOnlyDictionary<string, JsonNode>?> InspectAsync(string code, int cursor, CancellationToken cancel) =>
        Task.FromResult<IReadOnlyDictionary<string, JsonNode>?>(code.Contains("Console") ? Text("class System.Console") : null);

    public Task<string> IsCompleteAsync(string code, CancellationToken cancel)
    {
        var depth = code.Count(c => c == '{') - code.Count(c => c == '}');
        return Task.FromResult(depth > 0 ? "incomplete" : depth < 0 ? "invalid" : "complete");
    }

    public void Interrupt()
    {
        Interlocked.Increment(ref Interrupts);
        interrupted.TrySetResult();
    }

    public Task RestartAsync()
    {
        Restarts++;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    static Dictionary<string, JsonNode> Text(string text) => new() { ["text/plain"] = JsonValue.Create(text) };
}
