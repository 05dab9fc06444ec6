namespace Research;

/// <summary>Outlet profiles across events as charts: one bar an outlet, for the outlets with enough material to judge.</summary>
public static class OutletCharts
{
    /// <summary>Share of each outlet's attributed quotes that other outlets of the same event also carry.</summary>
    public static PlotlyChart QuoteMatchRate(IEnumerable<OutletProfile> profiles, int minQuotes = 10) => Charts.Bar(
        $"Quotes also carried by another outlet of the event (outlets with at least {minQuotes} attributed quotes)",
        profiles.Where(p => p.AttributedQuotes >= minQuotes).OrderByDescending(p => p.QuoteMatchRate).Select(p => (p.Outlet, p.QuoteMatchRate)),
        "outlet", "share of its quotes");

    /// <summary>Share of each outlet's compared numbers that conflict with another source of the same event.</summary>
    public static PlotlyChart ConflictRate(IEnumerable<OutletProfile> profiles, int minClaims = 5) => Charts.Bar(
        $"Numbers in conflict with another source of the event (outlets with at least {minClaims} compared numbers)",
        profiles.Where(p => p.ClaimsCompared >= minClaims).OrderByDescending(p => p.ConflictRate).Select(p => (p.Outlet, p.ConflictRate)),
        "outlet", "share of its compared numbers");
}
