namespace Research;

/// <summary>A sentence with its character span in the article's text (end exclusive).</summary>
public sealed record Sentence(string Article, int Index, int Paragraph, int Start, int End, string Text);
