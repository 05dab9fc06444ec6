using System.Reactive.Linq;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Research.Notebooks.Engine;

/// <summary>
/// The kit's notebook engine: .NET Interactive's composite kernel (see <see cref="KernelComposition"/>), one
/// submission at a time, each on a thread that an interrupt can stop. Used by `research run` and by the Jupyter kernel.
/// </summary>
public sealed class InteractiveEngine : INotebookEngine
{
    CompositeKernel kernel;
    SubmissionThread submissions;
    string? restartNote;

    public InteractiveEngine()
    {
        submissions = new SubmissionThread();
        kernel = KernelComposition.Create(submissions);
    }

    public EngineInfo Info { get; } = new("research", typeof(InteractiveEngine).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        "C#", "14.0", ".cs", "text/x-csharp", "csharp",
        "C# (Research kit): .NET Interactive with C#, SQL (#!connect sqlite), HTML, JavaScript and value cells; the kit's library is loaded (using Research;).");

    public Task<ExecutionOutcome> ExecuteAsync(string code, int cellNumber, Action<CellOutput> output, CancellationToken cancel) =>
        ExecuteAsync(code, cellNumber, output, cancel, kernelName: null);

    /// <summary>Runs a cell in the named kernel (a notebook cell's language), or the default C# kernel.</summary>
    public async Task<ExecutionOutcome> ExecuteAsync(string code, int cellNumber, Action<CellOutput> output, CancellationToken cancel, string? kernelName)
    {
        if (restartNote is not null)
        {
            output(new StreamOutput("stderr", restartNote + "\n"));
            restartNote = null;
        }
        if (kernelName is not null && kernel.FindKernelByName(kernelName) is null && !kernelName.StartsWith("sql", StringComparison.Ordinal))
        {
            var message = $"cell {cellNumber}: it is a {kernelName} cell, and the kit's engine has no {kernelName} kernel (it has {string.Join(", ", KernelNames())}). Change the cell's language, or rewrite it in C#.";
            var error = new ErrorOutput("UnknownKernel", message, [message]);
            output(error);
            return new ExecutionOutcome(error);
        }
        var outputs = new EventOutputs(cellNumber, output, () => interruptReason is not null);
        var command = new SubmitCode(code, kernelName);
        var token = command.GetOrCreateToken();
        using var subscription = kernel.KernelEvents
            .Where(e => e.Command.GetOrCreateToken().StartsWith(token, StringComparison.Ordinal))
            .Subscribe(outputs.On);
        using var onCancel = cancel.Register(Interrupt);
        try
        {
            await kernel.SendAsync(command, CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or TaskCanceledException)
        {
        }
        if (interrupting is { } pending) await pending;
        if (cancel.IsCancellationRequested || interruptReason is not null)
            outputs.Fail("Interrupted", (interruptReason ?? "interrupted.") + (submissions.Abandoned
                ? " The cell did not stop when interrupted (a loop that never waits), so the engine was restarted: earlier variables are gone."
                : ""));
        interruptReason = null;
        interrupting = null;
        if (submissions.Abandoned) await RestartAsync();
        return new ExecutionOutcome(outputs.Error);
    }

    volatile string? interruptReason;
    Task<bool>? interrupting;

    public void Interrupt() => Interrupt("interrupted.");

    /// <summary>Interrupts the running cell, with the reason its error output gives ("stopped after 5 s (--timeout)").</summary>
    public void Interrupt(string reason)
    {
        if (!submissions.IsRunning) return;
        interruptReason = reason;
        interrupting = submissions.InterruptAsync();
        _ = kernel.SendAsync(new Cancel());
    }

    public async Task<Completions> CompleteAsync(string code, int cursor, CancellationToken cancel)
    {
        var result = await kernel.SendAsync(new RequestCompletions(code, CodePoints.ToLinePosition(code, cursor)), cancel);
        var produced = result.Events.OfType<CompletionsProduced>().FirstOrDefault();
        if (produced is null) return new Completions([], cursor, cursor);
        var (start, end) = produced.LinePositionSpan is { } span
            ? (CodePoints.FromLinePosition(code, span.Start), CodePoints.FromLinePosition(code, span.End))
            : (CodePoints.WordStart(code, cursor), cursor);
        // The engine lists every member; a client shows those that start with what was typed, as an editor does.
        var typed = code[CodePoints.ToIndex(code, start)..CodePoints.ToIndex(code, cursor)];
        var matches = produced.Completions.Select(c => c.DisplayText).Where(t => t.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).ToList();
        return new Completions(matches, start, end);
    }

    public async Task<IReadOnlyDictionary<string, JsonNode>?> InspectAsync(string code, int cursor, CancellationToken cancel)
    {
        var result = await kernel.SendAsync(new RequestHoverText(code, CodePoints.ToLinePosition(code, cursor)), cancel);
        var hover = result.Events.OfType<HoverTextProduced>().FirstOrDefault();
        if (hover is null || hover.Content.Count == 0) return null;
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var content in hover.Content) data[content.MimeType] = content.Value;
        if (!data.ContainsKey("text/plain")) data["text/plain"] = hover.Content.First().Value;
        return data;
    }

    public async Task<string> IsCompleteAsync(string code, CancellationToken cancel)
    {
        var result = await kernel.SendAsync(new RequestDiagnostics(code), cancel);
        var errors = result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        // Errors that only say the code ends too soon mean more is coming; any other error is the user's to see on Enter.
        if (errors.Count == 0) return "complete";
        return errors.All(d => d.Code is "CS1002" or "CS1513" or "CS1026" or "CS1733" or "CS1010" or "CS1039" or "CS1733" or "CS1525") ? "incomplete" : "invalid";
    }

    public async Task RestartAsync()
    {
        var old = kernel;
        submissions = new SubmissionThread();
        kernel = KernelComposition.Create(submissions);
        restartNote = "The engine was restarted: earlier variables and loaded packages are gone.";
        old.Dispose();
        await Task.CompletedTask;
    }

    IEnumerable<string> KernelNames() => kernel.ChildKernels.Select(k => k.Name).Append("sql-NAME after #!connect sqlite");

    public ValueTask DisposeAsync()
    {
        kernel.Dispose();
        return ValueTask.CompletedTask;
    }
}
