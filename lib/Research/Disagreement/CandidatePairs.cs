namespace Research;

/// <summary>
/// The pairs of items worth comparing, found through an inverted index instead of by trying every pair: two items are
/// candidates when they share a word. A word shared by more than <c>maxPostings</c> items is too common to say anything and
/// is not used to pair them (the cost stays linear in the number of items, times that bound, instead of growing with its
/// square). On corpora whose events hold fewer items than the bound, the pairs are exactly those sharing any word.
/// </summary>
internal static class CandidatePairs
{
    public const int DefaultMaxPostings = 300;

    /// <summary>Pairs (i &lt; j) of items sharing a word, in ascending order of i, then j: the order of a loop over every pair.</summary>
    /// <param name="sources">When given, the source of each item: pairs of one source are left out (they are never compared,
    /// and one huge article would otherwise make millions of them). The frequency cut-off still counts every item.</param>
    public static List<(int I, int J)> SharingAWord(IReadOnlyList<IEnumerable<string>> words, int maxPostings = DefaultMaxPostings, IReadOnlyList<string>? sources = null)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
            foreach (var w in words[i])
            {
                if (!postings.TryGetValue(w, out var list)) postings[w] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        var pairs = new HashSet<(int, int)>();
        foreach (var list in postings.Values)
            if (list.Count <= maxPostings)
                for (var a = 0; a < list.Count; a++)
                    for (var b = a + 1; b < list.Count; b++)
                        if (sources is null || sources[list[a]] != sources[list[b]]) pairs.Add((list[a], list[b]));
        var sorted = pairs.ToList();
        sorted.Sort();
        return sorted;
    }
}
