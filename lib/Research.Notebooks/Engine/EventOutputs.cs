using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;

namespace Research.Notebooks.Engine;

/// <summary>
/// The one mapper from the engine's events to cell outputs, for one submission: console text to streams, displayed
/// values to display data (updates in place by their value id), the return value to the result, and a failure to an
/// error that names the cell and the line within it ("cell 4, line 2: CS1002: ; expected").
/// </summary>
internal sealed class EventOutputs(int cellNumber, Action<CellOutput> output, Func<bool> interrupting)
{
    readonly List<string> compileErrors = [];

    public ErrorOutput? Error { get; private set; }

    public void On(KernelEvent e)
    {
        // An exception here would end the event subscription and silently lose the rest of the cell's outputs.
        try { Map(e); }
        catch (Exception failure)
        {
            output(new StreamOutput("stderr", $"[research: a {e.GetType().Name} of cell {cellNumber} could not be shown: {failure.GetType().Name}: {failure.Message}]\n"));
        }
    }

    void Map(KernelEvent e)
    {
        switch (e)
        {
            case StandardOutputValueProduced o: output(new StreamOutput("stdout", Text(o))); break;
            case StandardErrorValueProduced o: output(new StreamOutput("stderr", Text(o))); break;
            case DisplayedValueUpdated d: output(new DisplayOutput(Bundle(d), d.ValueId, IsUpdate: true)); break;
            case DisplayedValueProduced d: output(new DisplayOutput(Bundle(d), d.ValueId)); break;
            case ReturnValueProduced r: output(new ResultOutput(Bundle(r))); break;
            case DiagnosticsProduced diagnostics:
                foreach (var d in diagnostics.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                    compileErrors.Add($"cell {cellNumber}, line {d.LinePositionSpan.Start.Line + 1}: {d.Code}: {d.Message}");
                break;
            case CommandFailed failed when Error is null && !interrupting():
                Error = Failure(failed);
                output(Error);
                break;
        }
    }

    /// <summary>Reports a failure the engine itself raised (a timeout, an interrupt), unless one was reported already.</summary>
    public void Fail(string name, string message)
    {
        if (Error is not null) return;
        Error = new ErrorOutput(name, $"cell {cellNumber}: {message}", [$"cell {cellNumber}: {message}"]);
        output(Error);
    }

    ErrorOutput Failure(CommandFailed failed)
    {
        if (compileErrors.Count > 0) return new ErrorOutput("CompilationError", compileErrors[0], compileErrors);
        var e = failed.Exception is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : failed.Exception;
        if (e is null)
        {
            var message = $"cell {cellNumber}: {failed.Message}";
            return new ErrorOutput("CellError", message, [message]);
        }
        var line = SubmissionLine(e);
        var summary = $"cell {cellNumber}{(line is int l ? $", line {l}" : "")}: {e.GetType().Name}: {e.Message}";
        var trace = (e.StackTrace ?? "").Split('\n').Select(s => s.TrimEnd())
            .Where(s => s.Length > 0 && !s.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) && !s.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        return new ErrorOutput(e.GetType().Name, summary, [summary, .. trace]);
    }

    /// <summary>The line of the cell where the exception was thrown: the first stack frame in the submission's code.</summary>
    static int? SubmissionLine(Exception e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (Path.GetFileName(frame.GetFileName()) == KernelComposition.CellFile && frame.GetFileLineNumber() > 0) return frame.GetFileLineNumber();
        }
        return null;
    }

    static string Text(DisplayEvent e) => e.FormattedValues.FirstOrDefault()?.Value ?? e.Value?.ToString() ?? "";

    /// <summary>An object is formatted by the kit's rules; text another kernel formatted (HTML, JavaScript, a value) is kept as it is.</summary>
    static IReadOnlyDictionary<string, JsonNode> Bundle(DisplayEvent e)
    {
        if (e.Value is not null and not string and not Microsoft.AspNetCore.Html.IHtmlContent) return MimeBundles.Of(e.Value);
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var f in e.FormattedValues)
            data[f.MimeType] = f.MimeType.EndsWith("json", StringComparison.Ordinal) && JsonNode.Parse(f.Value) is { } json ? json : JsonValue.Create(f.Value);
        if (data.Count == 0) return MimeBundles.Of(e.Value);
        return data;
    }
}
