namespace Research.Tests;

using Research;

/// <summary>Whether a quote inside a sentence is the whole of what was said (direct) or words inside the writer's sentence (partial).</summary>
public sealed class QuoteKindTests
{
    [Fact]
    public void The_cue_before_a_quote_makes_it_direct_even_when_the_attribution_follows_it()
    {
        var q = Assert.Single(QuoteFixture.Extract("After the vote Berg replied, “The talks were useful,” the minister added.\n").Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.True(q.Attributed);
    }

    [Fact]
    public void A_cue_and_the_one_spoken_to_before_a_comma_introduce_a_direct_quote()
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg told her supporters, “our work is not done yet.”\n").Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("Anna Berg", q.Speaker);
    }

    [Fact]
    public void A_cue_and_a_clause_word_before_a_comma_leave_the_quote_partial()
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg added that, “my rule was to stay close to the facts.”\n").Quotes);
        Assert.Equal(QuoteKinds.Partial, q.Kind);
    }

    [Theory]
    [InlineData("A slower economy, she said, “could be a good time to pay off debt.”", QuoteKinds.Partial)]
    [InlineData("According to pool reports, Anna Berg said “there is hope in this town.”", QuoteKinds.Partial)]
    [InlineData("Anna Berg, the mayor, said, “there is hope in this town.”", QuoteKinds.Direct)]
    [InlineData("A slower economy, she said, “Could be a good time to pay off debt.”", QuoteKinds.Direct)]
    public void A_lower_case_quote_after_an_attribution_set_off_inside_the_writers_sentence_is_partial(string body, string kind)
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg spoke in Riga.\n\n" + body + "\n").Quotes);
        Assert.Equal(kind, q.Kind);
    }

    [Theory]
    [InlineData("Outside the hall Anna Berg chanted “Go home.” as the minister arrived.", QuoteKinds.Direct)]
    [InlineData("Anna Berg said “local talks” would come first.", QuoteKinds.Partial)]
    public void A_capitalised_sentence_right_after_its_cue_is_direct_a_fragment_is_not(string body, string kind)
    {
        var q = Assert.Single(QuoteFixture.Extract(body + "\n").Quotes);
        Assert.Equal(kind, q.Kind);
    }

    [Fact]
    public void A_short_exclamation_right_after_its_cue_is_direct()
    {
        var q = Assert.Single(QuoteFixture.Extract("When Anna Berg arrived, a man in the crowd yelled “Go home!” at her.\n").Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.True(q.Attributed);
    }

    [Fact]
    public void Capitalised_words_a_speech_cue_introduces_are_said_not_a_title()
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg, who also campaigned in the city this week, tweeted, “Thank You Riga!” on Friday.\n").Quotes);
        Assert.NotEqual(QuoteKinds.Title, q.Kind);
        Assert.True(q.Attributed);
        Assert.Equal("Anna Berg", q.Speaker);
    }

    [Fact]
    public void Capitalised_words_after_a_naming_cue_stay_a_title()
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg called her rival “Little Ivan” again on Friday.\n").Quotes);
        Assert.False(q.Attributed);
        var show = Assert.Single(QuoteFixture.Extract("In 2006, she went on “Oprah” to explain herself.\n").Quotes);
        Assert.Equal(QuoteKinds.Title, show.Kind);
    }
}
