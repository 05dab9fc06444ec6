namespace Research;

/// <summary>
/// An outlet across all the events it covered: how often the quotes it prints are printed by other outlets too
/// (shared wording from wire copy or the same statement), and how often its numbers conflict with other sources of
/// the same event.
/// </summary>
/// <param name="QuoteMatchRate">Share of its attributed quotes that another outlet of the event also carries.</param>
/// <param name="ConflictRate">Share of its compared numbers that conflict with another source's.</param>
/// <param name="TopSpeakers">The three people most of its articles quote, each with the number of its articles that quote them.</param>
public sealed record OutletProfile(
    string Outlet,
    int Articles,
    int Events,
    int AttributedQuotes,
    double QuoteMatchRate,
    int ClaimsCompared,
    int ClaimsInConflict,
    double ConflictRate,
    string TopSpeakers);
