namespace Research;

/// <summary>
/// Tells spellings of one name apart from different names: Sergey/Sergei, Kiev/Kyiv, Zelenskiy/Zelensky share a
/// consonant skeleton (vowels and y dropped, doubled letters single) and differ by at most two edits; Iran/Iraq do not.
/// </summary>
public static class NameSpelling
{
    public static bool IsName(string word) => word.Length >= 4 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    /// <summary>True when two capitalised words look like spellings of the same name.</summary>
    public static bool SameName(string a, string b) =>
        a != b && IsName(a) && IsName(b) && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0])
        && Skeleton(a) == Skeleton(b) && EditDistance(a.ToLowerInvariant(), b.ToLowerInvariant()) <= 2;

    public static string Skeleton(string word)
    {
        var s = new System.Text.StringBuilder();
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (i > 0 && "aeiouy".Contains(c)) continue;
            if (s.Length > 0 && s[^1] == c) continue;
            if (char.IsLetter(c)) s.Append(c);
        }
        return s.ToString();
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
