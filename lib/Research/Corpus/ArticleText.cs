namespace Research;

/// <summary>
/// An article's text as read (<see cref="Original"/>) and as analysed (<see cref="Normalized"/>).
/// Normalisation replaces characters one for one, so every span is valid in both strings.
/// </summary>
/// <remarks>For a plain-text file the text is the whole file; for news-please JSON it is the `text` field.</remarks>
public sealed class ArticleText(string original)
{
    public string Original { get; } = original;
    public string Normalized { get; } = Typography.Normalize(original);

    public string Slice(int start, int end) => Original[start..end];
    public string NormalizedSlice(int start, int end) => Normalized[start..end];
}
