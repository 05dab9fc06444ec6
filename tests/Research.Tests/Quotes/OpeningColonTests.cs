namespace Research.Tests;

/// <summary>Found by the benchmark on synthetic articles: a paragraph that opens with a colon before a quote.</summary>
public class OpeningColonTests
{
    [Theory]
    [InlineData(": “We will act,” he said.")]
    [InlineData(":“We will act.”")]
    [InlineData(": \"x\"")]
    public void An_article_that_opens_with_a_colon_before_a_quote_does_not_crash(string text) =>
        Assert.Single(Research.Quotes.Extract(Research.Corpus.FromString(text)).Quotes);
}
