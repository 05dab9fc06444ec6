namespace Research.Tests;

using Research;

/// <summary>The speaker's whole source phrase as written (appositions, brackets, "of" phrases), beside the canonical name and the mention.</summary>
public sealed class SourcePhraseTests
{
    [Theory]
    [InlineData("“We will talk,” said Anna Berg, a historian at Riga University.", "Anna Berg, a historian at Riga University")]
    [InlineData("Anna Berg, a historian at Riga University, said: “We will talk.”", "Anna Berg, a historian at Riga University")]
    [InlineData("“We will talk,” Anna Berg, who teaches history in Riga, said.", "Anna Berg, who teaches history in Riga")]
    [InlineData("“We will talk,” said Ivan Petrov, 61, of Tujunga, Calif.", "Ivan Petrov, 61, of Tujunga, Calif.")]
    [InlineData("“We will talk,” said Sen. Mara Ruiz (D-Ore.) in an interview.", "Sen. Mara Ruiz (D-Ore.)")]
    [InlineData("“We will talk,” said Anna Berg, a historian at the Nordic Institute, a think tank in Oslo.", "Anna Berg, a historian at the Nordic Institute")]
    [InlineData("“We will talk,” said Anna Berg of the Nordic Institute.", "Anna Berg of the Nordic Institute")]
    [InlineData("“We will talk,” said one adviser close to the minister.", "one adviser close to the minister")]
    public void The_phrase_keeps_what_describes_the_speaker(string body, string phrase)
    {
        var q = Assert.Single(QuoteFixture.Extract(body + "\n").Quotes);
        Assert.True(q.Attributed);
        Assert.Equal(phrase, q.SpeakerPhrase);
    }

    [Theory]
    [InlineData("“We will talk,” Anna Berg also said on Tuesday.", "Anna Berg")]
    [InlineData("“We will talk,” said Anna Berg, speaking in Oslo.", "Anna Berg")]
    [InlineData("“We will talk,” said Anna Berg, who added that nothing was agreed.", "Anna Berg")]
    [InlineData("“We will talk,” said Anna Berg, a historian whose book on the rally comes out in May — a first.", "Anna Berg, a historian whose book on the rally comes out in May")]
    public void The_phrase_stops_where_the_sentence_moves_on(string body, string phrase)
    {
        var q = Assert.Single(QuoteFixture.Extract(body + "\n").Quotes);
        Assert.Equal(phrase, q.SpeakerPhrase);
    }

    [Fact]
    public void The_canonical_speaker_and_the_mention_stay_the_name()
    {
        var q = Assert.Single(QuoteFixture.Extract("“We will talk,” said Foreign Minister Anna Berg, a historian at Riga University.\n").Quotes);
        Assert.Equal("Anna Berg", q.Speaker);
        Assert.Equal("Foreign Minister Anna Berg", q.SpeakerMention);
        Assert.Equal("Foreign Minister Anna Berg, a historian at Riga University", q.SpeakerPhrase);
    }

    [Fact]
    public void A_split_quote_and_an_unattributed_one_carry_the_phrase_of_their_speaker_or_none()
    {
        var set = QuoteFixture.Extract("“We will talk,” said Anna Berg, a historian at Riga University. “We always do.”\n\nShe watched “Saturday Night Live” later.\n");
        Assert.Equal("Anna Berg, a historian at Riga University", set.With("We always do").SpeakerPhrase);
        Assert.Null(set.With("Saturday Night Live").SpeakerPhrase);
    }
}
