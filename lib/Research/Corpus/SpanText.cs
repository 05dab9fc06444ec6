namespace Research;

/// <summary>
/// The words of a <see cref="Sentence"/> or <see cref="Paragraph"/>: given when the record is built from its fields, or
/// cut from the article's text each time they are read (the loader's records: a 50 MB article is not held twice). A
/// record made from its span alone has no words: its text is empty, never an error.
/// </summary>
internal readonly struct SpanText
{
    readonly string? given;
    readonly ArticleText? source;

    SpanText(string? given, ArticleText? source) => (this.given, this.source) = (given, source);

    public static SpanText Given(string text) => new(text, null);

    public static SpanText CutFrom(ArticleText source) => new(null, source);

    public string Text(int start, int end) => given ?? source?.Original[start..end] ?? "";

    public ReadOnlySpan<char> Span(int start, int end) => given ?? (source is null ? default : source.Original.AsSpan(start, end - start));
}
