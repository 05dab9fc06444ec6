namespace Research;

/// <summary>
/// Tells spellings of one name apart from different names: Sergey/Sergei, Kiev/Kyiv, Zelenskiy/Zelensky share a
/// consonant skeleton (vowels and y dropped, doubled letters single) and differ by at most two edits (one for names of
/// five letters or fewer), y and i counting as one letter; Iran/Iraq, Land/Linda and Hwasong-12/Hwasong-14 do not.
/// </summary>
public static class NameSpelling
{
    public static bool IsName(string word) => word.Length >= 4 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    /// <summary>True when two capitalised words look like spellings of the same name.</summary>
    /// <remarks>One a prefix of the other is a different word (Niger/Nigeria, German/Germany), not a spelling.</remarks>
    public static bool SameName(string a, string b) =>
        a != b && IsName(a) && IsName(b) && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0])
        && !a.StartsWith(b, StringComparison.OrdinalIgnoreCase) && !b.StartsWith(a, StringComparison.OrdinalIgnoreCase)
        && Skeleton(a) == Skeleton(b) && Digits(a) == Digits(b)
        && EditDistance(Transliterated(a), Transliterated(b)) <= (Math.Min(a.Length, b.Length) <= 5 ? 1 : 2);

    /// <summary>y and i are one letter across transliterations (Kyiv/Kiev, Sergey/Sergei).</summary>
    static string Transliterated(string word) => word.ToLowerInvariant().Replace('y', 'i');

    static string Digits(string word) => new(word.Where(char.IsDigit).ToArray());

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

    /// <summary>Letter edit distance between two spellings.</summary>
    public static int EditDistance(string a, string b) => Research.EditDistance.Between<char>(a, b);
}
