namespace Research;

/// <summary>The function words of Rules/attribution-words.tsv, by kind: what the quote attribution rules look at around a cue.</summary>
internal static class AttributionWords
{
    static readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> ByKind =
        RuleFiles.Rows("attribution-words.tsv").Where(r => r.Length >= 2).GroupBy(r => r[1].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(r => r[0].Trim()), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is listed with <paramref name="kind"/> (listener, clause, modal, trailing, determiner, post-modifier, journalist, agent, sentence-opener, noun-continues).</summary>
    public static bool Is(ReadOnlySpan<char> word, string kind) => ByKind.TryGetValue(kind, out var set) && set.Contains(word);

    /// <summary>Every word listed with <paramref name="kind"/>, as written in the file.</summary>
    public static IReadOnlyList<string> All(string kind) =>
        RuleFiles.Rows("attribution-words.tsv").Where(r => r.Length >= 2 && r[1].Trim() == kind).Select(r => r[0].Trim()).ToList();
}
