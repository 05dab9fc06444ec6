using System.Text.Json.Nodes;

namespace Research.Notebooks.Engine;

/// <summary>
/// One thing a running cell shows, as Jupyter names it: the same record becomes an nbformat output in a notebook
/// and an iopub message in the kernel. Data bundles map a mime type to its value: a string for text types, a JSON
/// node for JSON types (application/json, application/vnd.plotly.v1+json).
/// </summary>
public abstract record CellOutput;

/// <summary>Console text: <c>Name</c> is "stdout" or "stderr".</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A value displayed during the cell; <c>DisplayId</c> lets a later <c>IsUpdate</c> output replace it in place.</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, JsonNode> Data, string? DisplayId = null, bool IsUpdate = false) : CellOutput;

/// <summary>The cell's final value.</summary>
public sealed record ResultOutput(IReadOnlyDictionary<string, JsonNode> Data) : CellOutput;

/// <summary>A failure: <c>Value</c> names the cell and line ("cell 4, line 2: ...").</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
