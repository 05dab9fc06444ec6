using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Engine;

namespace Research.Notebooks.Runner;

/// <summary>
/// One cell's outputs as nbformat stores them, from the engine's <see cref="CellOutput"/>s: console text merged into
/// one stream output per run of the same stream, a display updated in place by its id, and no more than
/// <see cref="MaxCharacters"/> of text in all (the rest is cut, with a note saying how much), so a cell that prints
/// 100 MB does not put it in the notebook.
/// </summary>
public sealed class NotebookOutputs(int executionCount, int maxCharacters = NotebookOutputs.DefaultMaxCharacters)
{
    /// <summary>The default cap per cell: 2 million characters (about 2 MB), far above any chart or table the kit draws.</summary>
    public const int DefaultMaxCharacters = 2_000_000;

    readonly Lock gate = new();
    readonly JsonArray outputs = [];
    readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);
    long kept;
    long cut;

    public int MaxCharacters { get; } = maxCharacters;

    /// <summary>The outputs so far (with the note of what was cut, if anything was).</summary>
    public JsonArray ToJson()
    {
        lock (gate)
        {
            var copy = (JsonArray)outputs.DeepClone();
            if (cut > 0)
                copy.Add(Stream("stderr", $"[research: this cell's output was cut: {cut:N0} characters over the limit of {MaxCharacters:N0} per cell were left out of the notebook]\n"));
            return copy;
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            switch (output)
            {
                case StreamOutput s: AddStream(s); break;
                case DisplayOutput { IsUpdate: true, DisplayId: { } id } d when displays.TryGetValue(id, out var shown):
                    shown["data"] = Data(d.Data);
                    break;
                case DisplayOutput d:
                    if (!Fits(d.Data)) return;
                    var display = new JsonObject { ["data"] = Data(d.Data), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" };
                    outputs.Add(display);
                    if (d.DisplayId is { } displayId) displays[displayId] = display;
                    break;
                case ResultOutput r:
                    if (!Fits(r.Data)) return;
                    outputs.Add(new JsonObject { ["data"] = Data(r.Data), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" });
                    break;
                case ErrorOutput e:
                    outputs.Add(new JsonObject
                    {
                        ["ename"] = e.Name,
                        ["evalue"] = e.Value,
                        ["output_type"] = "error",
                        ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
                    });
                    break;
            }
        }
    }

    void AddStream(StreamOutput s)
    {
        var text = s.Text;
        var room = (int)Math.Max(0, MaxCharacters - kept);
        if (text.Length > room) { cut += text.Length - room; text = text[..room]; }
        if (text.Length == 0) return;
        kept += text.Length;
        if (outputs.Count > 0 && outputs[^1] is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == s.Name)
            last["text"] = NotebookFile.Lines(NotebookFile.Text(last["text"]) + text);
        else outputs.Add(Stream(s.Name, text));
    }

    bool Fits(IReadOnlyDictionary<string, JsonNode> data)
    {
        var size = data.Values.Sum(v => (long)(v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>().Length : v.ToJsonString().Length));
        if (kept + size > MaxCharacters) { cut += size; return false; }
        kept += size;
        return true;
    }

    static JsonObject Stream(string name, string text) => new() { ["name"] = name, ["output_type"] = "stream", ["text"] = NotebookFile.Lines(text) };

    /// <summary>Text mime types as nbformat's list of lines; JSON ones as JSON.</summary>
    static JsonObject Data(IReadOnlyDictionary<string, JsonNode> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            bundle[mime] = value.GetValueKind() == System.Text.Json.JsonValueKind.String && !mime.EndsWith("json", StringComparison.Ordinal)
                ? NotebookFile.Lines(value.GetValue<string>())
                : value.DeepClone();
        return bundle;
    }
}
