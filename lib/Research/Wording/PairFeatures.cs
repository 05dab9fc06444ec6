namespace Research;

/// <summary>
/// What the same-statement decision looks at in a pair of sentences: shared rare words (weighted cosine and
/// containment), shared wording (all words and word pairs), length, and whether numbers or names differ, which in news
/// usually means a different statement even when most words are shared.
/// </summary>
public readonly record struct PairFeatures(double Cosine, double Containment, double WordOverlap, double BigramOverlap, double TrigramOverlap, double CharacterOverlap, double OrderedOverlap, double LengthRatio, double NumberMismatch, double NameMismatch)
{
    public double[] ToArray() => [Cosine, Containment, WordOverlap, BigramOverlap, TrigramOverlap, CharacterOverlap, OrderedOverlap, LengthRatio, NumberMismatch, NameMismatch];

    public static PairFeatures Of(StatementText a, StatementText b, SameStatement weights)
    {
        double shared = 0, wa = 0, wb = 0;
        foreach (var t in a.Terms) { var w = weights.Weight(t); wa += w * w; if (b.Terms.Contains(t)) shared += w * w; }
        foreach (var t in b.Terms) { var w = weights.Weight(t); wb += w * w; }
        var cosine = wa == 0 || wb == 0 ? 0 : shared / Math.Sqrt(wa * wb);
        var containment = wa == 0 || wb == 0 ? 0 : shared / Math.Min(wa, wb);
        return new PairFeatures(cosine, containment, Dice(a.Words, b.Words), Dice(a.Bigrams, b.Bigrams), Dice(a.Trigrams, b.Trigrams),
            Dice(a.CharacterTrigrams, b.CharacterTrigrams), (double)CommonSubsequence(a.Sequence, b.Sequence) / Math.Max(1, Math.Max(a.Length, b.Length)),
            (double)Math.Min(a.Length, b.Length) / Math.Max(1, Math.Max(a.Length, b.Length)),
            a.Numbers.SetEquals(b.Numbers) ? 0 : 1, Mismatch(a.Names, b.Names));
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
