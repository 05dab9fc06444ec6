using Research.Notebooks.Engine;

namespace Research.Notebooks.Jupyter;

/// <summary>The one place the kernel command gets its engine from: the protocol layer knows nothing else of it.</summary>
public static class KernelEngine
{
    /// <summary>The engine `research kernel` serves. Called once per kernel process; the server disposes nothing, the command does.</summary>
    public static INotebookEngine Create() => new InteractiveEngine();
}
