namespace Research.Notebooks.Tests;

/// <summary>Runs alone: the command writes to the process's console, which these tests capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCommandCollection
{
    public const string Name = "console commands";
}

/// <summary>Runs the `research` program in this process, with its standard output and error captured.</summary>
internal static class ConsoleCommand
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var entry = typeof(Research.Notebooks.Runner.NotebookRunner).Assembly.EntryPoint!;
        var (savedOut, savedError) = (Console.Out, Console.Error);
        var (output, error) = (new StringWriter(), new StringWriter());
        Console.SetOut(output);
        Console.SetError(error);
        try { return ((int)entry.Invoke(null, [args])!, output.ToString(), error.ToString()); }
        finally { Console.SetOut(savedOut); Console.SetError(savedError); }
    }
}
