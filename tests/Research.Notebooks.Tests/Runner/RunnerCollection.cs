namespace Research.Notebooks.Tests.Runner;

/// <summary>The runner switches the process's working directory and console per cell, so its tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunnerCollection
{
    public const string Name = "notebook runner";
}
