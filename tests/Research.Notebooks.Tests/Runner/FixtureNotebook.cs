using System.Text.Json.Nodes;

namespace Research.Notebooks.Tests.Runner;

/// <summary>Writes small notebooks for the tests, in the Polyglot Notebooks format the kit's notebooks use.</summary>
internal static class FixtureNotebook
{
    public static string Write(string folder, string name, params object[] cells)
    {
        var list = new JsonArray();
        foreach (var cell in cells)
        {
            var (source, tags, markdown) = cell switch
            {
                (string s, string[] t) => (s, t, false),
                string s when s.StartsWith("# ") => (s, Array.Empty<string>(), true),
                string s => (s, Array.Empty<string>(), false),
                _ => throw new ArgumentException("cells are code strings, \"# markdown\" strings or (code, tags) pairs"),
            };
            var metadata = new JsonObject();
            if (!markdown) metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
            if (tags.Length > 0) metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray());
            var node = new JsonObject { ["cell_type"] = markdown ? "markdown" : "code", ["metadata"] = metadata, ["source"] = source };
            if (!markdown) { node["execution_count"] = null; node["outputs"] = new JsonArray(); }
            list.Add(node);
        }
        var notebook = new JsonObject
        {
            ["cells"] = list,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    public static JsonArray Cells(string path) => JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray();

    public static IEnumerable<JsonObject> CodeCells(string path) => Cells(path).Select(c => c!.AsObject()).Where(c => (string)c["cell_type"]! == "code");

    /// <summary>The text/plain of a code cell's result or display, as one string.</summary>
    public static string Plain(JsonObject cell, string mime = "text/plain") =>
        string.Concat(cell["outputs"]!.AsArray().Select(o => o!["data"]?[mime]).Where(d => d is not null)
            .SelectMany(d => d is JsonArray a ? a.Select(l => (string)l!) : [d!.ToJsonString()]));
}
