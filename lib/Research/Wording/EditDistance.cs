namespace Research;

/// <summary>Levenshtein distance: the insertions, deletions and substitutions turning one sequence into the other (letters of a name, stems of a sentence).</summary>
internal static class EditDistance
{
    public static int Between<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IEquatable<T>
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1].Equals(b[j - 1]) ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
