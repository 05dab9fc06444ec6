using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Research.Notebooks.Runner;

/// <summary>
/// Collects what one cell shows, in the order it shows it: console text as `stream` outputs (flushed whenever the cell
/// displays something, so text and displays interleave as they happened), `display_data`, then the final value as
/// `execute_result`, or an `error` that names the cell and the line within it.
/// </summary>
internal sealed class CellOutputs : IDisposable
{
    readonly JsonArray outputs = [];
    readonly StringBuilder stdout = new();
    readonly StringBuilder stderr = new();
    readonly TextWriter originalOut = Console.Out;
    readonly TextWriter originalError = Console.Error;

    public CellOutputs()
    {
        Console.SetOut(TextWriter.Synchronized(new StringWriter(stdout)));
        Console.SetError(TextWriter.Synchronized(new StringWriter(stderr)));
    }

    public JsonArray Outputs => outputs;

    public void Display(JsonObject bundle)
    {
        Flush();
        outputs.Add(new JsonObject { ["data"] = bundle, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
    }

    public void Result(JsonObject bundle, int executionCount)
    {
        Flush();
        outputs.Add(new JsonObject { ["data"] = bundle, ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" });
    }

    public void Error(string name, string message, IEnumerable<string> traceback)
    {
        Flush();
        outputs.Add(new JsonObject
        {
            ["ename"] = name,
            ["evalue"] = message,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode?)t).ToArray()),
        });
    }

    /// <summary>The error output for a failed cell, and the one-line summary the command line prints.</summary>
    public string Failed(Exception e, int cell, string notebookPath)
    {
        if (e is CompilationErrorException compile)
        {
            var lines = compile.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, cell, notebookPath)).ToList();
            Error("CompilationError", lines.FirstOrDefault() ?? compile.Message, lines);
            return lines.FirstOrDefault() ?? compile.Message;
        }
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        var line = new StackTrace(inner, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => string.Equals(f.GetFileName(), Path.GetFullPath(notebookPath), StringComparison.Ordinal))?.GetFileLineNumber();
        var where = line is int l and > 0 ? $"cell {cell}, line {l}" : $"cell {cell}";
        var summary = $"{where}: {inner.GetType().Name}: {inner.Message}";
        Error(inner.GetType().Name, summary, [summary, .. (inner.StackTrace ?? "").Split('\n').Select(s => s.TrimEnd()).Where(s => s.Length > 0 && !s.Contains("Microsoft.CodeAnalysis.Scripting"))]);
        return summary;
    }

    static string Describe(Diagnostic d, int cell, string notebookPath)
    {
        var span = d.Location.GetLineSpan();
        var inCell = string.IsNullOrEmpty(span.Path) || string.Equals(Path.GetFullPath(span.Path), Path.GetFullPath(notebookPath), StringComparison.Ordinal);
        var where = inCell ? $"cell {cell}, line {span.StartLinePosition.Line + 1}" : $"{Path.GetFileName(span.Path)} line {span.StartLinePosition.Line + 1} (loaded by cell {cell})";
        return $"{where}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    void Flush()
    {
        Stream("stdout", stdout);
        Stream("stderr", stderr);
    }

    void Stream(string name, StringBuilder text)
    {
        if (text.Length == 0) return;
        outputs.Add(new JsonObject { ["name"] = name, ["output_type"] = "stream", ["text"] = NotebookFile.Lines(text.ToString()) });
        text.Clear();
    }

    public void Dispose()
    {
        Flush();
        Console.SetOut(originalOut);
        Console.SetError(originalError);
    }
}
