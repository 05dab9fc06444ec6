namespace Research;

/// <summary>A paragraph (one line of the article's text) with its character span in the article's text.</summary>
/// <param name="Role">`headline` or `body`: bylines, datelines and credits are metadata, not paragraphs.</param>
/// <remarks>As for <see cref="Sentence"/>, <see cref="Text"/> is cut from the article's text when it is read, not kept.</remarks>
public sealed record Paragraph(string Article, int Index, string Role, int Start, int End)
{
    readonly SpanText words;

    public Paragraph(string Article, int Index, string Role, int Start, int End, string Text) : this(Article, Index, Role, Start, End) =>
        words = SpanText.Given(Text);

    internal Paragraph(string article, int index, string role, int start, int end, ArticleText source) : this(article, index, role, start, end) =>
        words = SpanText.CutFrom(source);

    /// <summary>The paragraph as written (the article's original text over <see cref="Start"/>..<see cref="End"/>).</summary>
    public string Text => words.Text(Start, End);

    public void Deconstruct(out string Article, out int Index, out string Role, out int Start, out int End, out string Text) =>
        (Article, Index, Role, Start, End, Text) = (this.Article, this.Index, this.Role, this.Start, this.End, this.Text);

    public bool Equals(Paragraph? other) => other is not null && Article == other.Article && Index == other.Index && Role == other.Role
        && Start == other.Start && End == other.End && Span.SequenceEqual(other.Span);

    public override int GetHashCode() => HashCode.Combine(Article, Index, Role, Start, End, string.GetHashCode(Span));

    ReadOnlySpan<char> Span => words.Span(Start, End);
}
