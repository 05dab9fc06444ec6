namespace Research;

/// <summary>
/// A number an article states about something: "more than 13,200 people" killed, "claimed by Kiev". The span is the
/// number with its hedge; <see cref="Quantity"/> is what is counted, as compared across sources ("deaths", "troops",
/// or the counted noun itself).
/// </summary>
public sealed record NumericClaim(
    string Article,
    int Sentence,
    int Start,
    int End,
    string Value,
    ValueRange Range,
    string? Hedge,
    string Counted,
    string Quantity,
    string? Claimant,
    string SentenceText);
