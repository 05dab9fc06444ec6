namespace Research;

/// <summary>Disagreements as a reader scans them: each source's value of a disputed quantity drawn as a range.</summary>
public static class DisagreementCharts
{
    /// <summary>
    /// One panel a disputed quantity (the most serious first), one row a source: the value it states, and as a bar the
    /// range its wording allows ("more than 13,200" runs open to the right, drawn to a quarter past the largest value).
    /// </summary>
    public static PlotlyChart NumericRanges(Corpus corpus, IEnumerable<NumericDisagreements.Group> groups, int maxTopics = 8)
    {
        var rows = new List<(string, string, double, double, double, string)>();
        foreach (var g in groups.OrderByDescending(g => g.Verdict).ThenBy(g => g.Event, StringComparer.Ordinal).Take(maxTopics))
        {
            var label = g.Event.Length > 28 ? $"{g.Topic}<br>{g.Event[..26]}…" : $"{g.Topic}<br>{g.Event}";
            var largest = g.Claims.SelectMany(c => new[] { c.Range.Low, c.Range.High }).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            foreach (var c in g.Claims)
            {
                var high = double.IsFinite(c.Range.High) ? c.Range.High : Math.Max(largest, c.Range.Low) * 1.25;
                var stated = c.Hedge is null && !c.Range.Vague ? c.Range.Low : double.IsFinite(c.Range.High) && c.Range.Low == 0 ? c.Range.High : c.Range.Low;
                rows.Add((label, corpus.Article(c.Article).Outlet, stated, c.Range.Low, high, c.Value));
            }
        }
        return Charts.RangesByTopic("What each source says of a disputed number (bars: the range its wording allows)", rows, "value");
    }

    /// <summary>How many disagreements of each kind and verdict: where to look first.</summary>
    public static PlotlyChart ByKindAndVerdict(IEnumerable<Disagreement> disagreements) => Charts.StackedBar(
        "Disagreements by kind and verdict",
        disagreements.GroupBy(d => (d.Kind, d.Verdict)).Select(g => (g.Key.Kind, g.Key.Verdict, (double)g.Count())),
        "kind", "disagreements");
}
