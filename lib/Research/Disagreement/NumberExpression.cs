namespace Research;

/// <summary>A number as written in a sentence ("more than 13,200", "7-10", "tens of thousands"), with its span and range.</summary>
/// <param name="Hedge">The words that make it a bound or an estimate ("more than", "about"), or null.</param>
public sealed record NumberExpression(int Start, int End, string Text, ValueRange Range, string? Hedge, int FirstToken, int LastToken);
