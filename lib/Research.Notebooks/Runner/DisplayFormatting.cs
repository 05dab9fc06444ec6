using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using Research;

namespace Research.Notebooks.Runner;

/// <summary>
/// Turns a value into a notebook output's mime bundle through the display contract of CONVENTIONS.md, found by name
/// as .NET Interactive finds it: an attribute class named `TypeFormatterSourceAttribute` on the value's type (or a base
/// type) names a source whose `CreateTypeFormatters()` gives formatters with `MimeType`, optional `Type` and
/// `Format(object, TextWriter)`. Without one, a sequence becomes a table and anything else plain text.
/// </summary>
public static class DisplayFormatting
{
    const int MaxSequenceRows = 10_000;
    static readonly ConcurrentDictionary<Type, IReadOnlyList<Formatter>> Formatters = new();

    sealed record Formatter(string MimeType, Type? Type, Func<object, TextWriter, bool> Format);

    /// <summary>The mime bundle ({mime: data}) for a value: JSON mime types as JSON, the rest as text.</summary>
    public static JsonObject Bundle(object? value)
    {
        var data = new JsonObject();
        if (value is null) { data["text/plain"] = "<null>"; return data; }
        foreach (var f in FormattersFor(value.GetType()))
        {
            if (data.ContainsKey(f.MimeType) || f.Type is not null && !f.Type.IsInstanceOfType(value)) continue;
            var writer = new StringWriter();
            if (!f.Format(value, writer)) continue;
            data[f.MimeType] = f.MimeType.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse(writer.ToString()) : NotebookFile.Lines(writer.ToString());
        }
        if (data.Count == 0 && value is IEnumerable sequence and not string)
        {
            var table = Table.FromSequence(sequence.Cast<object?>().Take(MaxSequenceRows + 1));
            data["text/html"] = NotebookFile.Lines(table.ToHtml());
            data["text/plain"] = NotebookFile.Lines(table.ToText());
        }
        if (!data.ContainsKey("text/plain")) data["text/plain"] = NotebookFile.Lines(value.ToString() ?? "");
        return data;
    }

    static IReadOnlyList<Formatter> FormattersFor(Type type) => Formatters.GetOrAdd(type, t =>
    {
        for (var current = t; current is not null; current = current.BaseType)
        {
            var attribute = current.GetCustomAttributes(inherit: false).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            if (attribute is null) continue;
            var sourceType = attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) as Type;
            var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[] ?? [];
            if (sourceType is null || Activator.CreateInstance(sourceType) is not object source) return [];
            var formatters = (source.GetType().GetMethod("CreateTypeFormatters")?.Invoke(source, null) as IEnumerable)?.Cast<object>()
                .Select(Describe).Where(f => f is not null).Select(f => f!).ToList() ?? [];
            return formatters.OrderBy(f => Array.IndexOf(preferred, f.MimeType) is var i && i >= 0 ? i : int.MaxValue).ToList();
        }
        return [];
    });

    static Formatter? Describe(object formatter)
    {
        var kind = formatter.GetType();
        if (kind.GetProperty("MimeType")?.GetValue(formatter) is not string mime) return null;
        var format = kind.GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)]);
        if (format is null || format.ReturnType != typeof(bool)) return null;
        return new Formatter(mime, kind.GetProperty("Type")?.GetValue(formatter) as Type,
            (value, writer) => (bool)format.Invoke(formatter, [value, writer])!);
    }
}
