namespace Research;

/// <summary>Disagreements as a reader scans them: each source's value of a disputed quantity drawn as a range.</summary>
public static class DisagreementCharts
{
    /// <summary>
    /// One row a disputed quantity, one marker a source's value, its bar the range the wording allows ("more than
    /// 13,200" reaches right, open-ended, drawn to a quarter beyond the largest value stated).
    /// </summary>
    public static PlotlyChart NumericRanges(Corpus corpus, IEnumerable<NumericDisagreements.Group> groups, int maxTopics = 20)
    {
        var rows = new List<(string Label, string Series, double Low, double High)>();
        foreach (var g in groups.OrderByDescending(g => g.Verdict).ThenBy(g => g.Event, StringComparer.Ordinal).Take(maxTopics))
        {
            var label = g.Event.Length > 24 ? $"{g.Topic} · {g.Event[..22]}…" : $"{g.Topic} · {g.Event}";
            var finite = g.Claims.SelectMany(c => new[] { c.Range.Low, c.Range.High }).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            foreach (var c in g.Claims)
                rows.Add((label, corpus.Article(c.Article).Outlet, c.Range.Low, double.IsFinite(c.Range.High) ? c.Range.High : Math.Max(finite, c.Range.Low) * 1.25));
        }
        return Charts.Ranges("What each source says of a disputed number (bars: the range its wording allows)", rows, "value");
    }

    /// <summary>How many disagreements of each kind and verdict: where to look first.</summary>
    public static PlotlyChart ByKindAndVerdict(IEnumerable<Disagreement> disagreements) => Charts.StackedBar(
        "Disagreements by kind and verdict",
        disagreements.GroupBy(d => (d.Kind, d.Verdict)).Select(g => (g.Key.Kind, g.Key.Verdict, (double)g.Count())),
        "kind", "disagreements");
}
