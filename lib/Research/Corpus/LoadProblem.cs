namespace Research;

/// <summary>A file the loader could not read, or read only in part, and what the user can do about it.</summary>
public sealed record LoadProblem(string File, int? Line, string Message)
{
    public override string ToString() => Line is int line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
