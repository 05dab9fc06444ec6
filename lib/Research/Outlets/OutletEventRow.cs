namespace Research;

/// <summary>
/// What one article of one event contributes to its outlet's profile: its quotes and how many other outlets carry
/// them too, its numbers and how many of them conflict with another source of the event. Computed per event (and
/// cached per event), then summed into <see cref="OutletProfile"/>.
/// </summary>
/// <param name="Speakers">The people its attributed quotes are credited to, each once, in the order first quoted.</param>
public sealed record OutletEventRow(
    string Event,
    string Outlet,
    string Article,
    int Quotes,
    int AttributedQuotes,
    int QuotesCarriedElsewhere,
    int NumericClaims,
    int ClaimsCompared,
    int ClaimsInConflict,
    IReadOnlyList<string> Speakers);
