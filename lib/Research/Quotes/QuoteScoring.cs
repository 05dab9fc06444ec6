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
        var goldWords = gold.Select(g => Words(g.Text)).ToArray();
        var used = new bool[gold.Count];
        int tp = 0, right = 0, checkedN = 0, headRight = 0;
        foreach (var p in predicted)
        {
            var doc = p.Doc[(p.Doc.LastIndexOf('/') + 1)..];
            var a = Words(p.Text);
            double best = 0;
            var bi = -1;
            for (var i = 0; i < gold.Count; i++)
            {
                if (used[i] || gold[i].Doc != doc) continue;
                var inter = a.Count(goldWords[i].Contains);
                var j = inter / (double)Math.Max(1, a.Count + goldWords[i].Count - inter);
                if (j > best) { best = j; bi = i; }
            }
            if (bi < 0 || best < minOverlap) continue;
            used[bi] = true;
            tp++;
            var g = gold[bi];
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
