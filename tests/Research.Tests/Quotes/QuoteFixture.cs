namespace Research.Tests;

using Research;

/// <summary>Small articles written for the quote tests, and what the tests look up in their results.</summary>
internal static class QuoteFixture
{
    public const string Headline = "Ministers meet in Stockholm\n\n";

    public static QuoteSet Extract(string body) => Quotes.Extract(Corpus.FromString(Headline + body));

    public static QuoteSet Extract(params (string File, string Text)[] articles) =>
        Quotes.Extract(Corpus.FromStrings(articles.Select(a => (a.File, Headline + a.Text))));

    /// <summary>The one quote whose text contains these words.</summary>
    public static Quote With(this QuoteSet set, string words) =>
        Assert.Single(set.Quotes, q => q.Text.Contains(words, StringComparison.Ordinal));
}
