using System.Buffers;

namespace Research;

/// <summary>
/// What the same-statement decision looks at in a pair of sentences, as named numbers: shared rare words (weighted
/// cosine, containment and each side's coverage), shared wording (words, word pairs and triples, character triples,
/// words in the same order), what is left unmatched on each side, length, and whether numbers, names or negation
/// differ, which in news usually means a different statement even when most words are shared; and, on the stemmed words
/// in order, the longest run of words that the longest common subsequence leaves unmatched on each side (all words, and
/// content words only: an added clause, which in a paraphrase corpus usually means a different statement) and the word
/// edit distance (insertions, deletions and substitutions, as in the MT metric TER without shifts). Every feature is
/// symmetric: the pair (a, b) scores as (b, a).
/// </summary>
public static class PairFeatures
{
    /// <summary>The last features: the unmatched runs (four) and the edit distance (two). Declared before <see cref="Names"/>, which it initialises.</summary>
    static readonly string[] RunFeatures =
        ["unmatched_run_min", "unmatched_run_max", "unmatched_content_run_min", "unmatched_content_run_max", "edit_distance", "edit_distance_min"];

    /// <summary>The features' names, in the order of <see cref="Of"/>; the weights file names them so.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "cosine", "containment", "coverage_min", "word_overlap", "bigram_overlap", "trigram_overlap", "character_overlap",
        "ordered_overlap", "ordered_containment", "length_ratio", "number_mismatch", "number_conflict", "name_mismatch",
        "term_overlap", "unmatched_terms_min", "unmatched_terms_max", "unmatched_weight_max", "negation_mismatch",
        .. RunFeatures,
    ];

    /// <summary>Where the unmatched runs (four features) start in <see cref="Names"/>; the edit distance (two) follows them.</summary>
    static readonly int RunsStart = Names.Count - RunFeatures.Length;

    /// <summary>The features of the pair, in the order of <see cref="Names"/>. Given <paramref name="only"/>, the costlier
    /// features (unmatched runs, edit distance: a table of the two lengths each) that it weighs 0 are left 0, which does not
    /// change its probability; the fit asks for all.</summary>
    public static double[] Of(StatementText a, StatementText b, SameStatement weights, SameStatementWeights? only = null)
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
        var (run, contentRun) = only is null || Weighed(only, RunsStart, 4) ? UnmatchedRuns(a, b) : default;
        var edit = only is null || Weighed(only, RunsStart + 4, 2) ? EditDistance.Between<ulong>(a.Stems, b.Stems) : 0;
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
            Math.Min(run.A, run.B), Math.Max(run.A, run.B), Math.Min(contentRun.A, contentRun.B), Math.Max(contentRun.A, contentRun.B),
            (double)edit / Math.Max(1, Math.Max(a.Length, b.Length)),
            (double)edit / Math.Max(1, Math.Min(a.Length, b.Length)),
        ];
    }

    /// <summary>Whether these weights use the features of the stemmed words (unmatched runs, edit distance), which need <see cref="StatementText.Stems"/>.</summary>
    public static bool NeedStems(SameStatementWeights weights) => Weighed(weights, RunsStart, RunFeatures.Length);

    static bool Weighed(SameStatementWeights weights, int from, int count)
    {
        for (var k = from; k < from + count; k++) if (weights.Weights[k] != 0) return true;
        return false;
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

    /// <summary>
    /// The longest run of consecutive words of each side outside one longest common subsequence of the stemmed words
    /// (the first in reading order of the sentence whose stems sort first), counting all words, and counting content words only (function words neither
    /// count nor break a run).
    /// </summary>
    static ((int A, int B) All, (int A, int B) Content) UnmatchedRuns(StatementText a, StatementText b)
    {
        // Ties between common subsequences are broken in favour of the first sentence: put the two in a fixed order
        // (the features take the minimum and maximum of the sides) so that (a, b) and (b, a) agree.
        if (a.Stems.AsSpan().SequenceCompareTo(b.Stems) > 0) (a, b) = (b, a);
        var (n, m) = (a.Stems.Length, b.Stems.Length);
        var table = ArrayPool<int>.Shared.Rent((n + 1) * (m + 1));
        try
        {
            // table[i * (m + 1) + j]: the longest common subsequence of a[i..] and b[j..].
            var w = m + 1;
            for (var j = 0; j <= m; j++) table[n * w + j] = 0;
            for (var i = n - 1; i >= 0; i--)
            {
                table[i * w + m] = 0;
                for (var j = m - 1; j >= 0; j--)
                    table[i * w + j] = a.Stems[i] == b.Stems[j] ? table[(i + 1) * w + j + 1] + 1 : Math.Max(table[(i + 1) * w + j], table[i * w + j + 1]);
            }
            var inA = new bool[n];
            var inB = new bool[m];
            for (int i = 0, j = 0; i < n && j < m;)
            {
                if (a.Stems[i] == b.Stems[j]) { inA[i++] = inB[j++] = true; }
                else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
                else j++;
            }
            var (allA, contentA) = Runs(inA, a.Content);
            var (allB, contentB) = Runs(inB, b.Content);
            return ((allA, allB), (contentA, contentB));
        }
        finally { ArrayPool<int>.Shared.Return(table); }
    }

    static (int All, int Content) Runs(bool[] matched, bool[] content)
    {
        int all = 0, contentOnly = 0, run = 0, contentRun = 0;
        for (var k = 0; k < matched.Length; k++)
        {
            if (matched[k]) { run = contentRun = 0; continue; }
            all = Math.Max(all, ++run);
            if (content[k]) contentOnly = Math.Max(contentOnly, ++contentRun);
        }
        return (all, contentOnly);
    }

    static double Mismatch(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)(a.Count(n => !b.Contains(n)) + b.Count(n => !a.Contains(n))) / (a.Count + b.Count);
}
