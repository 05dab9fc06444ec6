using System.Text.Json.Nodes;

namespace Research.Notebooks.Runner;

/// <summary>What notebook cells can call besides their own code: `display(x)`, as in Polyglot Notebooks.</summary>
public sealed class NotebookGlobals
{
    /// <summary>Where the running cell's displays go (set by the runner for each cell).</summary>
    internal Action<JsonObject>? Shown { get; set; }

    /// <summary>Shows a value below the cell, formatted through the display contract.</summary>
#pragma warning disable IDE1006 // the name Polyglot Notebooks gives it
    public void display(object? value) => Shown?.Invoke(DisplayFormatting.Bundle(value));
#pragma warning restore IDE1006
}
