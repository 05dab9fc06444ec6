namespace Research;

/// <summary>A sentence with its character span in the article's text (end exclusive).</summary>
/// <remarks>
/// The loader's sentences keep no copy of their words: <see cref="Text"/> is cut from the article's text when it is
/// read, so a 50 MB article is not held twice. Equality compares the fields and the text, as when it was stored.
/// </remarks>
public sealed record Sentence(string Article, int Index, int Paragraph, int Start, int End)
{
    readonly SpanText words;

    public Sentence(string Article, int Index, int Paragraph, int Start, int End, string Text) : this(Article, Index, Paragraph, Start, End) =>
        words = SpanText.Given(Text);

    internal Sentence(string article, int index, int paragraph, int start, int end, ArticleText source) : this(article, index, paragraph, start, end) =>
        words = SpanText.CutFrom(source);

    /// <summary>The sentence as written (the article's original text over <see cref="Start"/>..<see cref="End"/>).</summary>
    public string Text => words.Text(Start, End);

    public void Deconstruct(out string Article, out int Index, out int Paragraph, out int Start, out int End, out string Text) =>
        (Article, Index, Paragraph, Start, End, Text) = (this.Article, this.Index, this.Paragraph, this.Start, this.End, this.Text);

    public bool Equals(Sentence? other) => other is not null && Article == other.Article && Index == other.Index && Paragraph == other.Paragraph
        && Start == other.Start && End == other.End && Span.SequenceEqual(other.Span);

    public override int GetHashCode() => HashCode.Combine(Article, Index, Paragraph, Start, End, string.GetHashCode(Span));

    ReadOnlySpan<char> Span => words.Span(Start, End);
}
