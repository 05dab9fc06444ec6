using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Scores quotes with the rule of ../shared/eval/score_quotes.py: a prediction matches the unused gold quote of the
/// same file with the highest word-set Jaccard (\w+, lower case, ’ as '), if that is at least the threshold; greedy in
/// prediction order. A speaker is right when its last word equals the gold speaker's (or an also-accepted name's).
/// </summary>
public static partial class QuoteScoring
{
    public static QuoteScore Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<PredictedQuote> predicted, double minOverlap = 0.5)
    {
        var match = Match(gold.Select(g => (g.Doc, g.Text)).ToList(), predicted.Select(p => (p.Doc, p.Text)).ToList(), minOverlap);
        int tp = 0, right = 0, checkedN = 0, headRight = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (match[i] < 0) continue;
            tp++;
            var (g, p) = (gold[i], predicted[match[i]]);
            if (g.AlsoAccept.Contains("*any*")) continue;
            checkedN++;
            var ok = new[] { g.Speaker }.Concat(g.AlsoAccept).Select(LastWord).ToList();
            if (ok.Contains(LastWord(p.Speaker))) { right++; headRight++; }
            else if (LastWord(p.Speaker) is { } said && said == LastWord(Head(g.Speaker))) headRight++;
        }
        var precision = tp / (double)Math.Max(1, predicted.Count);
        var recall = tp / (double)Math.Max(1, gold.Count);
        var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        return new QuoteScore(gold.Count, predicted.Count, tp, precision, recall, f1, right, checkedN, headRight);
    }

    /// <summary>
    /// For each gold quote, the index of the predicted quote matched to it, or -1 (the rule above: the unused gold quote of
    /// the prediction's file with the highest word-set Jaccard, if at least <paramref name="minOverlap"/>; greedy in
    /// prediction order). A predicted doc may be a path: its file name is compared.
    /// </summary>
    public static int[] Match(IReadOnlyList<(string Doc, string Text)> gold, IReadOnlyList<(string Doc, string Text)> predicted, double minOverlap = 0.5)
    {
        var goldWords = gold.Select(g => Words(g.Text)).ToArray();
        var match = Enumerable.Repeat(-1, gold.Count).ToArray();
        for (var p = 0; p < predicted.Count; p++)
        {
            var doc = predicted[p].Doc[(predicted[p].Doc.LastIndexOf('/') + 1)..];
            var words = Words(predicted[p].Text);
            var (best, index) = (0.0, -1);
            for (var i = 0; i < gold.Count; i++)
            {
                if (match[i] >= 0 || gold[i].Doc != doc) continue;
                var shared = words.Count(goldWords[i].Contains);
                var jaccard = shared / (double)Math.Max(1, words.Count + goldWords[i].Count - shared);
                if (jaccard > best) (best, index) = (jaccard, i);
            }
            if (index >= 0 && best >= minOverlap) match[index] = p;
        }
        return match;
    }

    /// <summary>A gold speaker span without its apposition or qualifier: cut before the first ",", "(", " of ", " who ", " to ", " from ", " at ".</summary>
    internal static string? Head(string? speaker)
    {
        if (speaker is null) return null;
        var cut = speaker.Length;
        foreach (var sep in new[] { ",", " (", " of ", " who ", " to ", " from ", " at " })
        {
            var i = speaker.IndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && i < cut) cut = i;
        }
        return speaker[..cut];
    }

    static HashSet<string> Words(string? s) =>
        WordPattern().Matches((s ?? "").ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    static string? LastWord(string? name)
    {
        var parts = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[^1].ToLowerInvariant();
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
