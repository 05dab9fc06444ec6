using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Research.Notebooks.Runner;

/// <summary>
/// What Microsoft.DotNet.Interactive.Documents tells about a notebook: each cell's language (Polyglot's cell
/// metadata, or a `#!lang` first line), and the cells of a .dib file. The kit writes notebooks itself
/// (<see cref="NotebookFile"/>), because Documents' writer drops JSON outputs such as Plotly figures.
/// </summary>
public static class NotebookDocuments
{
    /// <summary>The kernels the kit's engine has, as Documents needs to know them to read cell languages.</summary>
    static KernelInfoCollection Kernels(IEnumerable<string> extra)
    {
        var kernels = new KernelInfoCollection
        {
            new KernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
            new KernelInfo("html", "HTML"),
            new KernelInfo("javascript", "JavaScript", ["js"]),
            new KernelInfo("value", "Value"),
            new KernelInfo("markdown", "Markdown", ["md"]),
        };
        foreach (var name in extra.Distinct(StringComparer.Ordinal))
            if (!kernels.Contains(name)) kernels.Add(new KernelInfo(name));
        kernels.DefaultKernelName = "csharp";
        return kernels;
    }

    /// <summary>Reads a .ipynb, or a .dib as a notebook to be written beside it as NAME.ipynb.</summary>
    public static NotebookFile Read(string path)
    {
        if (!path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase)) return NotebookFile.Read(path);
        if (!File.Exists(path)) throw new NotebookException($"{path}: no such notebook.");
        var text = File.ReadAllText(path);
        InteractiveDocument document;
        try { document = CodeSubmission.Parse(text, Kernels(SqlKernelsNamed(text))); }
        catch (Exception e) { throw new NotebookException($"{path}: not a .dib notebook .NET Interactive can read ({e.Message}); the file was left as it is."); }
        var cells = new JsonArray();
        foreach (var element in document.Elements)
        {
            var markdown = element.KernelName is "markdown" or "md";
            var cell = new JsonObject
            {
                ["cell_type"] = markdown ? "markdown" : "code",
                ["metadata"] = markdown ? new JsonObject() : new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = element.KernelName } },
                ["source"] = NotebookFile.Lines(element.Contents),
            };
            if (!markdown) { cell["execution_count"] = null; cell["outputs"] = new JsonArray(); }
            cells.Add(cell);
        }
        var metadata = new JsonObject { [FromDibKey] = Path.GetFileName(path) };
        var root = new JsonObject { ["cells"] = cells, ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = 5 };
        return NotebookFile.Create(Path.ChangeExtension(path, ".ipynb"), root);
    }

    /// <summary>The metadata key that marks an .ipynb as the run of a .dib, so a later run may replace it.</summary>
    public const string FromDibKey = "research_from_dib";

    /// <summary>
    /// Why the run of a .dib must not be written to <paramref name="target"/>, or null: an .ipynb that is there and was
    /// not written from that .dib is the user's own notebook, and is never replaced.
    /// </summary>
    public static string? DibTargetRefusal(string dib, string target)
    {
        if (!dib.EndsWith(".dib", StringComparison.OrdinalIgnoreCase) || !File.Exists(target)) return null;
        try
        {
            if (JsonNode.Parse(File.ReadAllBytes(target))?["metadata"]?[FromDibKey] is JsonValue v && v.TryGetValue<string>(out var from)
                && from == Path.GetFileName(dib)) return null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException) { }
        return $"{target} exists and was not written from {Path.GetFileName(dib)}; it is not replaced. Give another folder with -o, or rename one of them.";
    }

    /// <summary>The kernel each cell runs in, index by index with the notebook's cells (null for markdown and raw cells).</summary>
    public static IReadOnlyList<string?> CellKernels(NotebookFile notebook)
    {
        var json = notebook.ToJson();
        var cells = notebook.Cells.Select(c => c!.AsObject()).ToList();
        var kernels = new List<string?>();
        List<InteractiveDocumentElement> elements;
        // Documents is strict about shapes the kit's reader already accepts; then the cells' own metadata decides.
        try { elements = Notebook.Parse(json, Kernels(SqlKernelsNamed(json))).Elements.ToList(); }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or ArgumentException or FormatException) { elements = []; }
        for (var i = 0; i < cells.Count; i++)
        {
            if ((string?)cells[i]["cell_type"] != "code") { kernels.Add(null); continue; }
            var name = elements.Count == cells.Count ? elements[i].KernelName : null;
            var declared = cells[i]["metadata"]?["polyglot_notebook"]?["kernelName"] is JsonValue v && v.TryGetValue<string>(out var k) ? k : null;
            kernels.Add(name ?? declared ?? "csharp");
        }
        return kernels;
    }

    /// <summary>SQL kernels exist only once a cell connects them, so their names are read off the text (`#!sql-NAME`, `kernelName: sql-NAME`).</summary>
    static IEnumerable<string> SqlKernelsNamed(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"(?<=#!|""kernelName"":\s*"")sql-[A-Za-z0-9_-]+").Select(m => m.Value);
}
