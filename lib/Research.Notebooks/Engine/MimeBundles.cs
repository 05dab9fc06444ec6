using System.Collections;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Research;
using Research.Notebooks.Rendering;

namespace Research.Notebooks.Engine;

/// <summary>
/// A value as a notebook output's mime bundle, through .NET Interactive's formatter: a type's preferred mime types
/// (the kit's types name theirs with the `TypeFormatterSourceAttribute` convention), always with text/plain; a
/// sequence the formatter does not know is shown as the kit's table. JSON mime types become JSON, the rest text.
/// </summary>
public static class MimeBundles
{
    const int MaxSequenceRows = 10_000;
    static int registered;

    /// <summary>Once per process: plain text is the default (no HTML dump of every object), as a console shows it.</summary>
    public static void RegisterFormatters()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1) return;
        Formatter.DefaultMimeType = PlainTextFormatter.MimeType;
        // DataFrames are shown by the kit's one table formatter (row count, limit, sticky header, search and sort).
        Formatter.Register<Microsoft.Data.Analysis.DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToHtml(frame)), HtmlFormatter.MimeType);
        Formatter.Register<Microsoft.Data.Analysis.DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToText(frame)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Microsoft.Data.Analysis.DataFrame), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

    /// <summary>The value's bundle; if a formatter fails, its text with a note, so a value is never silently lost.</summary>
    public static Dictionary<string, JsonNode> Of(object? value)
    {
        try { return Format(value); }
        catch (Exception e)
        {
            string text;
            try { text = value?.ToString() ?? "<null>"; } catch (Exception) { text = value!.GetType().Name; }
            return new(StringComparer.Ordinal) { ["text/plain"] = $"{text}\n[research: the formatter failed ({e.GetType().Name}: {e.Message}); shown as text]" };
        }
    }

    static Dictionary<string, JsonNode> Format(object? value)
    {
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        if (value is null) { data["text/plain"] = "<null>"; return data; }
        // Charts carry a still image too; rendering waits on the browser, so it runs off the cell's own thread.
        if (value is PlotlyChart chart) return new(Task.Run(() => ChartOutput.BundleAsync(chart, ChartImages.Renderer)).GetAwaiter().GetResult());
        if (value is Plotly.NET.GenericChart figure) return new(Task.Run(() => ChartOutput.BundleAsync(figure, ChartImages.Renderer)).GetAwaiter().GetResult());
        var preferred = Formatter.GetPreferredMimeTypesFor(value.GetType());
        var hasOwnFormatters = !(preferred.Count == 1 && preferred.Contains(PlainTextFormatter.MimeType));
        if (hasOwnFormatters)
            foreach (var mime in preferred)
                data[mime] = Parse(mime, value.ToDisplayString(mime));
        else if (value is IEnumerable sequence and not string)
        {
            var table = Table.FromSequence(sequence.Cast<object?>().Take(MaxSequenceRows + 1));
            data["text/html"] = table.ToHtml();
            data["text/plain"] = table.ToText();
        }
        if (!data.ContainsKey(PlainTextFormatter.MimeType))
            data[PlainTextFormatter.MimeType] = value is string s || WritesItsOwnText(value.GetType()) ? value.ToString() ?? "" : value.ToDisplayString(PlainTextFormatter.MimeType);
        return data;
    }

    /// <summary>A type whose author wrote ToString (not the compiler's record one) says best how it reads as text.</summary>
    static bool WritesItsOwnText(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes);
        return toString is not null && toString.DeclaringType is { } declaring && declaring != typeof(object) && declaring != typeof(ValueType)
            && declaring.Assembly != typeof(object).Assembly
            && !toString.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false);
    }

    static JsonNode Parse(string mime, string text) =>
        mime.EndsWith("json", StringComparison.Ordinal) && JsonNode.Parse(text) is { } json ? json : JsonValue.Create(text);
}
