namespace Research;

/// <summary>Disagreements as a reader scans them: each source's value of a disputed quantity drawn as a range.</summary>
public static class DisagreementCharts
{
    static readonly string[] VerdictOrder = ["conflict", "relayed", "different precision", "compatible", "variant", "described differently", "omitted", "same"];

    /// <summary>
    /// One panel a disputed quantity (the most serious first), one row a source: the value it states, and as a bar the
    /// range its wording allows ("more than 13,200" runs open to the right, drawn to a quarter past the largest value).
    /// Every group is drawn unless <paramref name="maxTopics"/> is given; then the caption says how many are left out.
    /// </summary>
    public static PlotlyChart NumericRanges(Corpus corpus, IEnumerable<NumericDisagreements.Group> groups, int? maxTopics = null)
    {
        var all = groups.OrderByDescending(g => g.Verdict).ThenBy(g => g.Event, StringComparer.Ordinal).ThenBy(g => g.Topic, StringComparer.Ordinal).ToList();
        var shown = all.Take(maxTopics ?? int.MaxValue).ToList();
        var rows = new List<(string, string, double, double, double, string)>();
        foreach (var g in shown)
        {
            var label = $"{g.Topic} · {g.Event} ({NumericDisagreements.Verdict(g.Verdict)})";
            var largest = g.Claims.SelectMany(c => new[] { c.Range.Low, c.Range.High }).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            foreach (var c in g.Claims)
            {
                var high = double.IsFinite(c.Range.High) ? c.Range.High : Math.Max(largest, c.Range.Low) * 1.25;
                var stated = c.Hedge is null && !c.Range.Vague ? c.Range.Low : double.IsFinite(c.Range.High) && c.Range.Low == 0 ? c.Range.High : c.Range.Low;
                rows.Add((label, corpus.Article(c.Article).Outlet, stated, c.Range.Low, high, c.Value));
            }
        }
        var conflicts = all.Count(g => g.Verdict == ClaimVerdict.Conflict);
        var title = all.Count == 0 ? "What each source says of a disputed number" : $"{conflicts} of {all.Count} numbers the sources state differently conflict";
        var caption = all.Count == 0 ? "no number is stated differently by two sources."
            : "One panel a number, the most serious first; the marker is the value a source states, the bar the range its wording allows." +
              (shown.Count < all.Count ? $" {shown.Count} of {all.Count} shown; NumericRanges(corpus, numbers) shows all." : "");
        // Two articles of one outlet stating the same value are one marker: drawn twice, their labels would sit on each other.
        return Charts.RangesByTopic(title, rows.Distinct().ToList(), "value", caption);
    }

    /// <summary>How many disagreements of each kind and verdict: where to look first. One colour a verdict, the same in every notebook.</summary>
    public static PlotlyChart ByKindAndVerdict(IEnumerable<Disagreement> disagreements)
    {
        var all = disagreements.ToList();
        var kinds = all.GroupBy(d => d.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var cells = all.GroupBy(d => (d.Kind, d.Verdict))
            .OrderBy(g => Rank(g.Key.Verdict)).ThenBy(g => g.Key.Verdict, StringComparer.Ordinal).ThenBy(g => kinds.IndexOf(g.Key.Kind))
            .Select(g => (g.Key.Kind, g.Key.Verdict, (double)g.Count()));
        var conflicts = all.Count(d => d.Verdict == "conflict");
        var title = all.Count == 0 ? "Disagreements by kind and verdict" : $"{all.Count} disagreements to check; {conflicts} {(conflicts == 1 ? "is a conflict" : "are conflicts")}";
        return Charts.StackedBar(title, cells, "kind", "disagreements",
            all.Count == 0 ? "the sources do not disagree on anything the kit compares." : "Disagreements by kind, most first, one colour a verdict: candidates for a person to check, not verdicts.", "verdict", kinds);
    }

    static int Rank(string verdict) => Array.IndexOf(VerdictOrder, verdict) is var i && i >= 0 ? i : VerdictOrder.Length;
}
