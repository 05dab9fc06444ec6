namespace Research;

/// <summary>A paragraph (one line of the article's text) with its character span in the article's text.</summary>
/// <param name="Role">`headline` or `body`: bylines, datelines and credits are metadata, not paragraphs.</param>
public sealed record Paragraph(string Article, int Index, string Role, int Start, int End, string Text);
