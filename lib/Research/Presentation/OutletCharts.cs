namespace Research;

/// <summary>Outlet profiles across events as charts: one bar an outlet, for the outlets with enough material to judge (the caption says how many).</summary>
public static class OutletCharts
{
    /// <summary>Share of each outlet's attributed quotes that other outlets of the same event also carry.</summary>
    public static PlotlyChart QuoteMatchRate(IEnumerable<OutletProfile> profiles, int minQuotes = 10)
    {
        var all = profiles.ToList();
        var shown = all.Where(p => p.AttributedQuotes >= minQuotes).OrderByDescending(p => p.QuoteMatchRate).ThenBy(p => p.Outlet, StringComparer.Ordinal).ToList();
        var title = shown.Count == 0 ? "Quotes also carried by another outlet of the event"
            : $"{shown[0].Outlet} shares the most of its quotes with another outlet of the event: {ChartText.Percent(shown[0].QuoteMatchRate)}";
        var caption = shown.Count == 0 ? $"no outlet has {minQuotes} or more attributed quotes; QuoteMatchRate(profiles, minQuotes: 1) shows all."
            : $"Share of each outlet's attributed quotes that another outlet of the same event also carries. {shown.Count} of {all.Count} outlets shown, those with at least {minQuotes} attributed quotes"
              + (shown.Count < all.Count ? "; QuoteMatchRate(profiles, minQuotes: 1) shows all." : ".");
        return Charts.Bar(title, shown.Select(p => (p.Outlet, p.QuoteMatchRate)), "outlet", "share of its quotes", caption, ".0%", colourByCategory: true);
    }

    /// <summary>Share of each outlet's compared numbers that conflict with another source of the same event.</summary>
    public static PlotlyChart ConflictRate(IEnumerable<OutletProfile> profiles, int minClaims = 5)
    {
        var all = profiles.ToList();
        var shown = all.Where(p => p.ClaimsCompared >= minClaims).OrderByDescending(p => p.ConflictRate).ThenBy(p => p.Outlet, StringComparer.Ordinal).ToList();
        var title = shown.Count == 0 ? "Numbers in conflict with another source of the event"
            : $"{shown[0].Outlet}'s numbers conflict most often with another source of the event: {ChartText.Percent(shown[0].ConflictRate)}";
        var caption = shown.Count == 0 ? $"no outlet has {minClaims} or more compared numbers; ConflictRate(profiles, minClaims: 1) shows all."
            : $"Share of each outlet's compared numbers that conflict with another source of the same event. {shown.Count} of {all.Count} outlets shown, those with at least {minClaims} compared numbers"
              + (shown.Count < all.Count ? "; ConflictRate(profiles, minClaims: 1) shows all." : ".");
        return Charts.Bar(title, shown.Select(p => (p.Outlet, p.ConflictRate)), "outlet", "share of its compared numbers", caption, ".0%", colourByCategory: true);
    }
}
