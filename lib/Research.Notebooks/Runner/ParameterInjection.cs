using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace Research.Notebooks.Runner;

/// <summary>
/// Papermill's convention for C#: the values given with `-p name=value` go into a cell tagged `injected-parameters`
/// right after the cell tagged `parameters` (replacing one left by an earlier run), so they override its defaults.
/// </summary>
public static class ParameterInjection
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    public static void Inject(NotebookFile notebook, IReadOnlyList<(string Name, string Value)> parameters)
    {
        if (parameters.Count == 0) return;
        foreach (var (name, _) in parameters)
            if (!SyntaxFacts.IsValidIdentifier(name))
                throw new NotebookException($"-p {name}=…: '{name}' is not a C# variable name.");
        var source = "// Parameters injected by `research run -p`\n" + string.Join("\n", parameters.Select(p => $"var {p.Name} = {Literal(p.Value)};"));
        var cells = notebook.Cells;
        var at = Index(cells, ParametersTag);
        var injected = Index(cells, InjectedTag);
        var cell = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                ["tags"] = new JsonArray(InjectedTag),
            },
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookFile.Lines(source),
        };
        if (injected >= 0)
        {
            cell["id"] = cells[injected]!["id"]?.DeepClone();
            cells[injected] = cell;
        }
        else cells.Insert(at + 1, cell);
    }

    /// <summary>A number or true/false as itself, anything else as a C# string literal.</summary>
    static string Literal(string value)
    {
        if (value is "true" or "false") return value;
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return value;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && value.Contains('.')) return value;
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    static int Index(JsonArray cells, string tag)
    {
        for (var i = 0; i < cells.Count; i++)
            if (NotebookFile.Tags(cells[i]!.AsObject()).Contains(tag)) return i;
        return -1;
    }
}
