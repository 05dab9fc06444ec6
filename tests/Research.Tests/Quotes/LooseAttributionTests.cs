namespace Research.Tests;

using Research;

/// <summary>A quote that ends in a comma goes on into its attribution: a speaker phrase the patterns do not know is still read.</summary>
public sealed class LooseAttributionTests
{
    [Theory]
    [InlineData("“The drop is real,” the soft-spoken, 64-year-old diplomat said in an interview.", "diplomat")]
    [InlineData("“The drop is real,” an aide, who was not allowed to speak on the record, told the paper.", "an aide")]
    [InlineData("“The drop is real,” Ivan Petrov, the analyst who founded petrov.lv, wrote on Monday.", "Ivan Petrov")]
    [InlineData("“The drop is real,” Save Our Wages campaign director Ivan Petrov told the paper.", "Ivan Petrov")]
    [InlineData("“The drop is real,” said a 2019 campaign veteran.", "a 2019 campaign veteran")]
    public void The_speaker_of_a_quote_ending_in_a_comma_is_read_loosely(string body, string mention)
    {
        var q = QuoteFixture.Extract("Anna Berg spoke in Riga.\n\n" + body + "\n").With("The drop is real");
        Assert.True(q.Attributed);
        Assert.Equal(mention, q.SpeakerMention);
    }

    [Theory]
    [InlineData("“The drop is real,” was the headline, and the minister said nothing.")]
    [InlineData("“The drop is real,” in all the papers, and then a long silence followed until the minister said something.")]
    public void Words_after_the_comma_that_are_no_speaker_phrase_attribute_nothing(string body)
    {
        var q = QuoteFixture.Extract(body + "\n").With("The drop is real");
        Assert.False(q.Attributed);
    }

    [Fact]
    public void After_a_question_the_one_asked_is_no_new_sentence()
    {
        var q = QuoteFixture.Extract("“Did you know it was the minister?” Petrov asked the young analyst.\n").With("Did you know");
        Assert.True(q.Attributed);
        Assert.Equal("Petrov", q.SpeakerMention);
    }

    [Fact]
    public void Abbreviated_state_in_an_apposition_does_not_end_the_attribution()
    {
        var q = QuoteFixture.Extract("“The drop is real,” Senate leader Mitch Carlson, R-Ky., said.\n").With("The drop is real");
        Assert.True(q.Attributed);
        Assert.Equal("Senate leader Mitch Carlson", q.SpeakerMention);
    }

    [Theory]
    [InlineData("Anna Berg said the talks “went better than anyone had hoped,” Riga.lv reported.", "went better", "Anna Berg")]
    [InlineData("“The drop is real,” Riga should instead respond to the offer, Berg said.", "The drop is real", "Berg")]
    public void A_loosely_read_phrase_yields_to_a_surer_speaker(string body, string quote, string speaker)
    {
        var q = QuoteFixture.Extract(body + "\n").With(quote);
        Assert.True(q.Attributed);
        Assert.Equal(speaker, q.SpeakerMention);
    }

    [Theory]
    [InlineData("Anna Berg condemned the test “in the strongest words,” saying the missile passed over the city and fell into the sea.", "in the strongest words")]
    [InlineData("In “Rolling Back the Growing Threat,” the memo to the minister, Ivan Petrov said that the talks would fail.", "Rolling Back")]
    public void A_clause_after_a_participle_or_a_title_before_a_comma_is_no_loose_attribution(string body, string quote)
    {
        var q = QuoteFixture.Extract(body + "\n").With(quote);
        Assert.False(q.Attributed);
    }
}
