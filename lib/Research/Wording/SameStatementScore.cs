using System.Globalization;

namespace Research;

/// <summary>
/// Precision, recall and F1 of same-statement pairs against gold statement keys (the `cluster` of hand-annotated
/// quotes): over every pair of gold items from different articles of one event (the kit compares the sources of an event,
/// never articles of different events), a pair is same in the gold when the items share a
/// key, and found when the analysis joins them (one quote cluster, or aligned sentences). Pairs the analysis joins
/// between items the gold does not annotate are not scored: gold exists only for them.
/// </summary>
public sealed record SameStatementScore(int GoldPairs, int FoundPairs, int RightPairs)
{
    public double Precision => FoundPairs == 0 ? 0 : (double)RightPairs / FoundPairs;
    public double Recall => GoldPairs == 0 ? 0 : (double)RightPairs / GoldPairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gold_pairs={GoldPairs} found_pairs={FoundPairs} right={RightPairs} precision={(FoundPairs == 0 ? "n/a" : Precision.ToString("F3", CultureInfo.InvariantCulture))} recall={Recall:F3} f1={F1:F3}");

    /// <summary>Scores the pairs of <paramref name="count"/> gold items whose articles differ and, when <paramref name="eventOf"/> is given, whose events agree.</summary>
    public static SameStatementScore Of(int count, Func<int, string> article, Func<int, int, bool> goldSame, Func<int, int, bool> found, Func<int, string>? eventOf = null)
    {
        int gold = 0, said = 0, right = 0;
        for (var i = 0; i < count; i++)
            for (var j = i + 1; j < count; j++)
            {
                if (article(i) == article(j) || (eventOf is not null && eventOf(i) != eventOf(j))) continue;
                var (g, f) = (goldSame(i, j), found(i, j));
                if (g) gold++;
                if (f) said++;
                if (g && f) right++;
            }
        return new SameStatementScore(gold, said, right);
    }
}
