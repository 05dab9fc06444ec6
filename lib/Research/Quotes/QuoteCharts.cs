namespace Research;

/// <summary>The quote analysis as charts: what notebook 02-quote-frequency shows. Numbers come from <see cref="QuoteReport"/>.</summary>
public static class QuoteCharts
{
    /// <summary>
    /// Attributed quotes per speaker, one colour an outlet (stacked bars), the <paramref name="topSpeakers"/> most quoted
    /// speakers first; the caption says how many speakers are left out and how to see all.
    /// </summary>
    public static PlotlyChart SpeakersBySource(QuoteSet set, int topSpeakers = 10)
    {
        var speakers = QuoteReport.BySpeaker(set);
        var rows = QuoteReport.BySpeakerAndSource(set, topSpeakers);
        var shown = rows.Select(r => r.Speaker).Distinct().Count();
        var top = rows.GroupBy(r => r.Speaker).Select(g => (Speaker: g.Key, Quotes: g.Sum(r => r.Quotes), Outlets: g.Count())).FirstOrDefault();
        var title = top.Speaker is null
            ? "Attributed quotes per speaker, by outlet"
            : $"{top.Speaker} is quoted most: {top.Quotes} attributed quote{S(top.Quotes)} in {top.Outlets} outlet{S(top.Outlets)}";
        var caption = rows.Count == 0 ? "no attributed quotes were found." : "Attributed quotes per speaker, most quoted first, one colour an outlet." +
            (shown < speakers.Count ? $" {shown} of {speakers.Count} speakers shown; SpeakersBySource(quotes, topSpeakers: {speakers.Count}) shows all." : "");
        return Charts.StackedBar(title, rows.Select(r => (r.Speaker, r.Outlet, (double)r.Quotes)), "speaker", "quotes", caption, "outlet");
    }

    /// <summary>
    /// Statements carried by at least <paramref name="minSources"/> outlets against the outlets: each cell the most
    /// common wording, a wording of the outlet's own, or not carried (three colours, one legend).
    /// </summary>
    public static PlotlyChart ClusterSourceMatrix(QuoteSet set, int minSources = 2)
    {
        var cells = QuoteReport.ClusterSourceMatrix(set, minSources);
        var clusters = cells.Select(c => c.Cluster).Distinct().ToList();
        var labels = clusters.Select(id => $"{id}: {cells.First(c => c.Cluster == id).Wording}").ToList();
        var outlets = cells.Select(c => c.Outlet).Distinct().ToList();
        var byCell = cells.ToDictionary(c => (c.Cluster, c.Outlet));
        var sameEverywhere = clusters.Count(id => cells.Where(c => c.Cluster == id && c.Text is not null).All(c => c.SameAsWording));
        var title = clusters.Count == 0
            ? $"Statements quoted by {minSources} or more outlets"
            : $"{clusters.Count} statement{S(clusters.Count)} quoted by {minSources} or more outlets; {sameEverywhere} in the same words by every outlet that carries it";
        return Charts.StateGrid(title, labels, outlets,
            (r, c) => byCell[(clusters[r], outlets[c])] is { Text: not null } cell ? cell.SameAsWording ? "most common wording" : "its own wording" : "not carried",
            ["most common wording", "its own wording", "not carried"], "statement", "outlet",
            clusters.Count == 0 ? $"no statement is quoted by {minSources} or more outlets." : "One row a statement, one column an outlet: its most common wording, a wording of the outlet's own, or not carried.");
    }

    /// <summary>Quotes per outlet, attributed and not (scare quotes, titles, unattributed).</summary>
    public static PlotlyChart QuotesBySource(QuoteSet set)
    {
        var sources = QuoteReport.BySource(set);
        var top = sources.FirstOrDefault();
        var title = top is null ? "Quotes per outlet" : $"{top.Outlet} carries the most quotes: {top.Quotes}, {top.Attributed} of them attributed";
        return Charts.StackedBar(title,
            sources.SelectMany(s => new[] { (s.Outlet, "attributed", (double)s.Attributed), (s.Outlet, "not attributed", (double)(s.Quotes - s.Attributed)) }),
            "outlet", "quotes", sources.Count == 0 ? "no quotes were found." : "Quotes per outlet: attributed to a speaker, or not (scare quotes, titles, unattributed).");
    }

    static string S(int n) => n == 1 ? "" : "s";
}
