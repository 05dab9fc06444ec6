namespace Research;

/// <summary>A word, number or punctuation mark of a sentence, with its span in the article's text.</summary>
/// <param name="Kind">`word`, `number` or `punct`.</param>
public sealed record Token(string Article, int Sentence, int Index, int Start, int End, string Text, string Kind);
