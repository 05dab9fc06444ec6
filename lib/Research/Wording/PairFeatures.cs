namespace Research;

/// <summary>
/// What the same-statement decision looks at in a pair of sentences, as named numbers: shared rare words (weighted
/// cosine, containment and each side's coverage), shared wording (words, word pairs and triples, character triples,
/// words in the same order), what is left unmatched on each side, length, and whether numbers, names or negation
/// differ, which in news usually means a different statement even when most words are shared. Every feature is
/// symmetric: the pair (a, b) scores as (b, a).
/// </summary>
public static class PairFeatures
{
    /// <summary>The features' names, in the order of <see cref="Of"/>; the weights file names them so.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "cosine", "containment", "coverage_min", "word_overlap", "bigram_overlap", "trigram_overlap", "character_overlap",
        "ordered_overlap", "ordered_containment", "length_ratio", "number_mismatch", "number_conflict", "name_mismatch",
        "term_overlap", "unmatched_terms_min", "unmatched_terms_max", "unmatched_weight_max", "negation_mismatch",
    ];

    public static double[] Of(StatementText a, StatementText b, SameStatement weights)
    {
        double shared = 0, wa = 0, wb = 0, unmatchedA = 0, unmatchedB = 0;
        var sharedTerms = 0;
        foreach (var t in a.Terms)
        {
            var w = weights.Weight(t);
            wa += w * w;
            if (b.Terms.Contains(t)) { shared += w * w; sharedTerms++; }
            else unmatchedA += w;
        }
        foreach (var t in b.Terms) { var w = weights.Weight(t); wb += w * w; if (!a.Terms.Contains(t)) unmatchedB += w; }
        var cosine = wa == 0 || wb == 0 ? 0 : shared / Math.Sqrt(wa * wb);
        var containment = wa == 0 || wb == 0 ? 0 : shared / Math.Min(wa, wb);
        var coverage = wa == 0 || wb == 0 ? 0 : shared / Math.Max(wa, wb);
        var common = CommonSubsequence(a.Sequence, b.Sequence);
        var (onlyA, onlyB) = (a.Terms.Count - sharedTerms, b.Terms.Count - sharedTerms);
        var termUnion = a.Terms.Count + b.Terms.Count - sharedTerms;
        return
        [
            cosine, containment, coverage, Dice(a.Words, b.Words), Dice(a.Bigrams, b.Bigrams), Dice(a.Trigrams, b.Trigrams),
            Dice(a.CharacterTrigrams, b.CharacterTrigrams),
            (double)common / Math.Max(1, Math.Max(a.Length, b.Length)),
            (double)common / Math.Max(1, Math.Min(a.Length, b.Length)),
            (double)Math.Min(a.Length, b.Length) / Math.Max(1, Math.Max(a.Length, b.Length)),
            a.Numbers.SetEquals(b.Numbers) ? 0 : 1,
            a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.SetEquals(b.Numbers) ? 1 : 0,
            Mismatch(a.Names, b.Names),
            termUnion == 0 ? 0 : (double)sharedTerms / termUnion,
            Math.Log(1 + Math.Min(onlyA, onlyB)),
            Math.Log(1 + Math.Max(onlyA, onlyB)),
            Math.Log(1 + Math.Max(unmatchedA, unmatchedB)),
            a.Negated == b.Negated ? 0 : 1,
        ];
    }

    static double Dice(ulong[] a, ulong[] b) => a.Length + b.Length == 0 ? 0 : 2.0 * Fingerprints.Intersection(a, b) / (a.Length + b.Length);

    /// <summary>Longest common subsequence of the two word sequences (word order kept, gaps allowed).</summary>
    static int CommonSubsequence(ulong[] a, ulong[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    static double Mismatch(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)(a.Count(n => !b.Contains(n)) + b.Count(n => !a.Contains(n))) / (a.Count + b.Count);
}
