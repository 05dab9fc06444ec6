namespace Research;

/// <summary>Raised when nothing at all can be loaded from what the user named (a missing path, a folder with no articles).</summary>
public sealed class CorpusLoadException(string message, IReadOnlyList<LoadProblem>? problems = null) : Exception(message)
{
    public IReadOnlyList<LoadProblem> Problems { get; } = problems ?? [];
}
