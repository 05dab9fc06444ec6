using System.Text.Json.Nodes;

namespace Research.Notebooks.Engine;

/// <summary>
/// What the Jupyter kernel and the headless runner ask of the engine, and all they know of it (the protocol layer
/// knows messages, the engine knows kernels). One submission runs at a time.
/// </summary>
public interface INotebookEngine : IAsyncDisposable
{
    /// <summary>Language and banner for kernel_info.</summary>
    EngineInfo Info { get; }

    /// <summary>
    /// Runs one cell. Outputs are reported through <paramref name="output"/> as they happen, in order; a failure is
    /// reported as an <see cref="ErrorOutput"/> and also returned. <paramref name="cellNumber"/> is used in messages
    /// ("cell 3, line 2: ...").
    /// </summary>
    Task<ExecutionOutcome> ExecuteAsync(string code, int cellNumber, Action<CellOutput> output, CancellationToken cancel);

    /// <summary>Completions at <paramref name="cursor"/> (an index in code points, as Jupyter counts).</summary>
    Task<Completions> CompleteAsync(string code, int cursor, CancellationToken cancel);

    /// <summary>Hover text for the symbol at <paramref name="cursor"/>; null when there is none.</summary>
    Task<IReadOnlyDictionary<string, JsonNode>?> InspectAsync(string code, int cursor, CancellationToken cancel);

    /// <summary>"complete", "incomplete" or "invalid", for a console deciding whether Enter runs the code.</summary>
    Task<string> IsCompleteAsync(string code, CancellationToken cancel);

    /// <summary>Stops the running cell, if any; the engine stays usable (restarted, and said so, as a last resort).</summary>
    void Interrupt();

    /// <summary>Drops all state: variables, loaded packages' state, shared values.</summary>
    Task RestartAsync();
}

public sealed record EngineInfo(string Implementation, string Version, string LanguageName, string LanguageVersion, string FileExtension, string MimeType, string PygmentsLexer, string Banner);

public sealed record ExecutionOutcome(ErrorOutput? Error)
{
    public static readonly ExecutionOutcome Ok = new((ErrorOutput?)null);
    public bool Succeeded => Error is null;
}

/// <summary>Matches replace the text from <c>Start</c> to <c>End</c> (code points).</summary>
public sealed record Completions(IReadOnlyList<string> Matches, int Start, int End);
