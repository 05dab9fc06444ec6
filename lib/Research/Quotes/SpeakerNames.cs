namespace Research;

/// <summary>Name keys that survive transliteration: Sergey/Sergei, Zelenskiy/Zelensky/Zelenskyy fold to one key.</summary>
public static class SpeakerNames
{
    /// <summary>Lower case, apostrophes dropped, and the endings transliterations disagree on (-iy, -yy, -ei, -ii) folded to -y.</summary>
    public static string Fold(string name)
    {
        var s = name.ToLowerInvariant().Replace("'", "").Replace("\u2019", "").Replace(".", "");
        foreach (var (from, to) in Endings)
            if (s.Length > from.Length + 2 && s.EndsWith(from, StringComparison.Ordinal)) return s[..^from.Length] + to;
        return s;
    }

    static readonly (string From, string To)[] Endings = [("iy", "y"), ("yy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "y"), ("ei", "ey"), ("'s", "")];

    /// <summary>The folded key of a full name: every word folded.</summary>
    public static string Key(string fullName) => string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold));
}
