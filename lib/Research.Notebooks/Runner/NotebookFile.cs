
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Research;

namespace Research.Notebooks.Runner;

/// <summary>
/// An nbformat 4 notebook as JSON, read strictly and written the way Jupyter writes it (keys sorted, one-space
/// indent, a final newline), so the same outputs give byte-identical files and a rerun that changes nothing leaves
/// no diff. Metadata the runner does not know (Polyglot Notebooks' kernel info, cell languages) is kept as found.
/// </summary>
public sealed class NotebookFile
{
    NotebookFile(string path, JsonObject root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }
    public JsonObject Root { get; }
    public JsonArray Cells => Root["cells"]!.AsArray();

    /// <summary>Reads and checks a notebook; a bad one raises <see cref="NotebookException"/> and is not touched.</summary>
    public static NotebookFile Read(string path)
    {
        if (!File.Exists(path)) throw new NotebookException($"{path}: no such notebook.");
        JsonNode? node;
        var bytes = File.ReadAllBytes(path);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new NotebookException($"{path}: not UTF-8 text (a notebook is UTF-8 JSON); the file was left as it is. Restore it with git, or re-save it from Jupyter or VS Code.");
        try { node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false }); }
        catch (JsonException e)
        {
            throw new NotebookException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split(". ")[0]}); the file was left as it is. Fix it in an editor, or restore it with git.");
        }
        if (UnreadableText(node))
        {
            var cell = (node as JsonObject)?["cells"] is JsonArray all ? all.ToList().FindIndex(UnreadableText) : -1;
            throw new NotebookException($"{path}: {(cell >= 0 ? $"cell {cell + 1}" : "the notebook")} holds text that is not valid Unicode (a lone surrogate escape such as \\ud800); the file was left as it is. Fix it in an editor, or restore it with git.");
        }
        if (node is not JsonObject root) throw new NotebookException($"{path}: not a notebook (the JSON is not an object); the file was left as it is.");
        if (root["nbformat"] is not JsonValue format || format.GetValueKind() != JsonValueKind.Number || !format.TryGetValue<int>(out var major) || major != 4)
            throw new NotebookException($"{path}: not an nbformat 4 notebook (nbformat is {root["nbformat"]?.ToJsonString() ?? "missing"}); open and save it in Jupyter or VS Code to upgrade it. The file was left as it is.");
        if (root["nbformat_minor"] is { } minor && (minor is not JsonValue m || m.GetValueKind() != JsonValueKind.Number || !m.TryGetValue<int>(out _)))
            throw new NotebookException($"{path}: `nbformat_minor` is not a whole number; the file was left as it is.");
        if (root["metadata"] is { } meta && meta is not JsonObject)
            throw new NotebookException($"{path}: the notebook's `metadata` is not an object; the file was left as it is.");
        if (root["cells"] is not JsonArray cells) throw new NotebookException($"{path}: the notebook has no `cells` list; the file was left as it is.");
        for (var i = 0; i < cells.Count; i++)
            if (Problem(cells[i]) is { } problem)
                throw new NotebookException($"{path}: cell {i + 1} {problem}; the file was left as it is. Fix it in an editor, or restore it with git.");
        return new NotebookFile(path, root);
    }

    /// <summary>Wraps cells made elsewhere (a .dib file) as a notebook that will be written to <paramref name="path"/>.</summary>
    public static NotebookFile Create(string path, JsonObject root) => new(path, root);

    /// <summary>True when a string in the JSON cannot be read as text (a lone UTF-16 surrogate escaped in it).</summary>
    static bool UnreadableText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o: return o.Any(kv => UnreadableText(kv.Value));
            case JsonArray a: return a.Any(UnreadableText);
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                try { v.GetValue<string>(); return false; }
                catch (InvalidOperationException) { return true; }
            default: return false;
        }
    }

    /// <summary>What is wrong with a cell's JSON, so the runner never trips over a value of the wrong type later.</summary>
    static string? Problem(JsonNode? node)
    {
        if (node is not JsonObject cell) return "is not a JSON object";
        if (cell["cell_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || type.GetValue<string>() is not ("code" or "markdown" or "raw"))
            return "has no valid `cell_type` (code, markdown or raw)";
        if (cell["id"] is { } id && id.GetValueKind() != JsonValueKind.String) return "has an `id` that is not a string";
        if (cell.ContainsKey("metadata") && cell["metadata"] is not JsonObject) return "has `metadata` that is not an object";
        var source = cell["source"];
        var sourceOk = source is null || source.GetValueKind() == JsonValueKind.String
            || source is JsonArray lines && lines.All(l => l?.GetValueKind() == JsonValueKind.String);
        if (!sourceOk) return "has a `source` that is neither text nor a list of lines";
        if (cell["outputs"] is { } outputs && outputs is not JsonArray) return "has `outputs` that is not a list";
        if (cell["execution_count"] is { } count && (count is not JsonValue c || c.GetValueKind() != JsonValueKind.Number || !c.TryGetValue<int>(out _)))
            return "has an `execution_count` that is not a whole number";
        if (cell["metadata"]?["tags"] is { } tags && (tags is not JsonArray t || t.Any(x => x?.GetValueKind() != JsonValueKind.String)))
            return "has `metadata.tags` that is not a list of strings";
        return null;
    }

    /// <summary>The cell's source, whether stored as one string or as a list of lines.</summary>
    public static string Source(JsonObject cell) => Text(cell["source"]);

    /// <summary>Multi-line text as nbformat stores it: one string, or a list of lines.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => "",
    };

    public static IEnumerable<string> Tags(JsonObject cell) =>
        cell["metadata"]?["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "") : [];

    /// <summary>Text as Jupyter stores it: a list of lines, each but the last ending in a newline.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Marks the notebook nbformat 4.5 and gives every cell an id (kept when present, else derived from its place).</summary>
    public void UpgradeToIds()
    {
        if ((Root["nbformat_minor"]?.GetValue<int>() ?? 0) < 5) Root["nbformat_minor"] = 5;
        var taken = Cells.OfType<JsonObject>().Select(c => c["id"]?.GetValue<string>()).Where(id => id is not null).ToHashSet();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cell = Cells[i]!.AsObject();
            if (cell["id"] is not null) continue;
            var id = $"cell-{i:D3}";
            for (var n = 1; taken.Contains(id); n++) id = $"cell-{i:D3}-{n}";
            cell["id"] = id;
            taken.Add(id);
        }
    }

    /// <summary>
    /// Names the kit's kernel in the notebook's metadata, so VS Code and JupyterLab offer it (after `research kernel
    /// install`); Polyglot's per-cell languages are left as they are.
    /// </summary>
    public void NameKitKernel()
    {
        var metadata = Root["metadata"] as JsonObject ?? new JsonObject();
        Root["metadata"] = metadata;
        metadata["kernelspec"] = new JsonObject
        {
            ["display_name"] = Jupyter.KernelSpec.DisplayName,
            ["language"] = "C#",
            ["name"] = Jupyter.KernelSpec.DefaultName,
        };
        metadata["language_info"] = new JsonObject
        {
            ["file_extension"] = ".cs",
            ["mimetype"] = "text/x-csharp",
            ["name"] = "C#",
            ["pygments_lexer"] = "csharp",
        };
    }

    /// <summary>The notebook as Jupyter would write it.</summary>
    public string ToJson() => Serialize(Sorted(Root)!);

    /// <summary>Writes the notebook atomically (a temporary file, then a rename) to its own path or another.</summary>
    public void Write(string? path = null) => AtomicFile.WriteAllText(path ?? Path, ToJson());

    static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static string Serialize(JsonNode node) => node.ToJsonString(Format).Replace("\r\n", "\n") + "\n";

    static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, Sorted(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
