namespace Research;

/// <summary>
/// A number an article states about something: "more than 13,200 people" killed, "claimed by Kiev". The span is the
/// number with its hedge; <see cref="Quantity"/> is what is counted, as compared across sources ("deaths", "troops",
/// or the counted noun itself). <see cref="Context"/> holds the content words right around the number, which tell
/// "21 schoolgirls released" from "200 schoolgirls abducted".
/// </summary>
/// <param name="Measure">The noun the number is the value of, when the sentence says "a speed limit of 12 mph" (limit)
/// or "a height of 341 miles" (height); null otherwise.</param>
/// <param name="PastDates">The past the sentence dates its fact to: years before the article's ("abducted in 2014")
/// and days over a week before it ("on July 28"), space-separated; empty when the sentence gives none, which is the
/// article's own news.</param>
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
    string? Measure,
    string PastDates,
    string SentenceText);
