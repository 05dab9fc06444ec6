namespace Research;

/// <summary>The quote analysis as charts: what notebook 02-quote-frequency shows. Numbers come from <see cref="QuoteReport"/>.</summary>
public static class QuoteCharts
{
    /// <summary>Attributed quotes per speaker, one colour an outlet (stacked bars), the most quoted speakers first.</summary>
    public static PlotlyChart SpeakersBySource(QuoteSet set, int topSpeakers = 10) => Charts.StackedBar(
        "Attributed quotes per speaker, by outlet",
        QuoteReport.BySpeakerAndSource(set, topSpeakers).Select(r => (r.Speaker, r.Outlet, (double)r.Quotes)),
        "speaker", "quotes");

    /// <summary>
    /// Statements carried by at least <paramref name="minSources"/> outlets against the outlets: 1 where the outlet
    /// prints the most common wording, 0.5 where it prints its own, blank where it does not carry the statement.
    /// </summary>
    public static PlotlyChart ClusterSourceMatrix(QuoteSet set, int minSources = 2)
    {
        var cells = QuoteReport.ClusterSourceMatrix(set, minSources);
        var clusters = cells.Select(c => c.Cluster).Distinct().ToList();
        var labels = clusters.Select(id => $"{id}: {Short(cells.First(c => c.Cluster == id).Wording)}").ToList();
        var outlets = cells.Select(c => c.Outlet).Distinct().ToList();
        var byCell = cells.ToDictionary(c => (c.Cluster, c.Outlet));
        return Charts.Heatmap("Which outlets carry each statement (1 = the most common wording, 0.5 = a wording of its own)",
            labels, outlets, (r, c) => byCell[(clusters[r], outlets[c])] is { Text: not null } cell ? cell.SameAsWording ? 1.0 : 0.5 : null, "wording");
    }

    /// <summary>Quotes per outlet, attributed and not (scare quotes, titles, unattributed).</summary>
    public static PlotlyChart QuotesBySource(QuoteSet set) => Charts.StackedBar(
        "Quotes per outlet",
        QuoteReport.BySource(set).SelectMany(s => new[] { (s.Outlet, "attributed", (double)s.Attributed), (s.Outlet, "not attributed", (double)(s.Quotes - s.Attributed)) }),
        "outlet", "quotes");

    static string Short(string text) => text.Length <= 48 ? text : text[..47].TrimEnd() + "…";
}
