namespace Research;

/// <summary>
/// A number an article states about something: "more than 13,200 people" killed, "claimed by Kiev". The span is the
/// number with its hedge; <see cref="Quantity"/> is what is counted, as compared across sources ("deaths", "troops",
/// or the counted noun itself). <see cref="Context"/> holds the content words right around the number, which tell
/// "21 schoolgirls released" from "200 schoolgirls abducted".
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
    string Context,
    string SentenceText);
