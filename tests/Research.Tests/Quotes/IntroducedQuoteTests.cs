namespace Research.Tests;

using Research;

/// <summary>Quotes with no speech cue of their own: introduced by a sentence that ends in a colon, or signed after a dash.</summary>
public sealed class IntroducedQuoteTests
{
    /// <summary>The one direct quote of an article of an introductory paragraph and then <paramref name="body"/>.</summary>
    static Quote DirectQuote(string introduction, string body) =>
        QuoteFixture.Extract(introduction + "\n\n" + body + "\n").Quotes.Single(q => q.Kind == QuoteKinds.Direct);

    [Theory]
    [InlineData("Anna Berg has since apologized for the delay: “I should have called the families first. It was a mistake.”", "Anna Berg")]
    [InlineData("Foreign Minister Anna Berg, a Social Democrat, delivered a blunt message to Moscow: “Stop the shelling now or face the consequences.”", "Foreign Minister Anna Berg")]
    [InlineData("As if answering her directly, the Election Board was conclusive in its findings: “Further discussion of this issue is unnecessary.”", "the Election Board")]
    [InlineData("Anna Berg has since apologized for the delay:\n\n“I should have called the families first. It was a mistake.”", "Anna Berg")]
    public void A_sentence_ending_in_a_colon_gives_its_subject_to_the_quoted_sentence_after_it(string body, string mention)
    {
        var q = DirectQuote("Anna Berg spoke in Riga.", body);
        Assert.True(q.Attributed);
        Assert.Equal(mention, q.SpeakerMention);
    }

    [Fact]
    public void A_colon_sentence_longer_than_the_reach_gives_no_subject()
    {
        // John Smith lands right where the look-back stops (80 tokens before the colon): mid-sentence, so no subject.
        var filler = string.Join(' ', Enumerable.Repeat("word", 73));
        var q = QuoteFixture.Extract("Anna Berg dismissed the letter that residents sent John Smith " + filler + " and the tone was blunt: “We will not change the plan at all.”\n").Quotes.Single(q => q.Kind == QuoteKinds.Direct);
        Assert.Null(q.Speaker);
    }

    [Theory]
    // A pronoun there may point past the last person named.
    [InlineData("She then turned to the crowd: “I should have called the families first. It was a mistake.”")]
    // The clause next to the colon has a subject of its own.
    [InlineData("But while she may not have said it first, Anna Berg did back the plan, and the radio has the tape: “Should there be a register of every voter?”")]
    // Not the sentence's subject: a place, a headline.
    [InlineData("In Riga the mood was grim: “Nobody expected the shelling to go on this long.”")]
    [InlineData("A headline in the paper read: “Nobody expected the shelling to go on this long.”")]
    public void A_colon_sentence_without_a_subject_that_speaks_attributes_nothing(string body)
    {
        var q = DirectQuote("Anna Berg spoke in Riga.", body);
        Assert.NotEqual("Anna Berg", q.SpeakerMention);
        Assert.NotEqual("Riga", q.SpeakerMention);
    }

    [Theory]
    [InlineData("“I never thought I would vote for them, but this year is different.” — Maria Lopez, 34, Phoenix", "Maria Lopez")]
    [InlineData("“The economy matters more to me than anything else.” —John Smith, a retired teacher", "John Smith")]
    [InlineData("“The economy matters more to me than anything else.” - John Smith.", "John Smith")]
    public void A_quote_signed_after_a_dash_is_the_signers(string body, string speaker)
    {
        var q = DirectQuote("Voters share their views.", body);
        Assert.True(q.Attributed);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    // After the name, a sentence goes on: the dash sets off an aside, not a signature.
    [InlineData("“The economy matters more to me than anything else.” — John Smith disagrees, and so do most of his neighbours.")]
    // A quote mark after the name: a title or another quote, not a description of the signer.
    [InlineData("“The economy matters more to me than anything else.” — John Smith, author of “Wages”")]
    // A dash in the writer's sentence after a few quoted words: not a signature.
    [InlineData("Residents call the lot “The economy matters more” — John Smith, for one, wants it paved soon.")]
    public void A_dash_that_does_not_sign_the_quote_attributes_nothing(string body)
    {
        var q = QuoteFixture.Extract("Voters share their views.\n\n" + body + "\n").With("The economy matters");
        Assert.NotEqual("John Smith", q.Speaker);
    }
}
