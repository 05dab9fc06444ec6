namespace Research.Tests;

using Research;

/// <summary>Quote kinds and the damage scraping and translation do to quote marks.</summary>
public sealed class QuoteMarkTests
{
    [Fact]
    public void A_direct_quote_is_the_words_between_the_marks()
    {
        var body = "“We will respond firmly,” the minister said.\n";
        var set = QuoteFixture.Extract(body);
        var q = Assert.Single(set.Quotes);
        Assert.Equal("We will respond firmly", q.Text);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.True(q.Attributed);
        Assert.Equal("We will respond firmly", (QuoteFixture.Headline + body)[q.Start..q.End]);
    }

    [Fact]
    public void A_partial_quote_inside_running_text_is_partial_and_attributed()
    {
        var q = Assert.Single(QuoteFixture.Extract("Anna Berg on Tuesday warned Russia that “any renewed aggression would trigger serious consequences,” while others waited.\n").Quotes);
        Assert.Equal(QuoteKinds.Partial, q.Kind);
        Assert.True(q.Attributed);
        Assert.Equal("Anna Berg", q.Speaker);
        Assert.Equal("warned", q.Cue);
    }

    [Fact]
    public void A_split_quote_gives_both_parts_to_the_speaker_between_them()
    {
        var set = QuoteFixture.Extract("“The talks were useful,” Berg said. “We will meet again in January.”\n");
        Assert.Equal(2, set.Quotes.Count);
        Assert.All(set.Quotes, q => Assert.Equal("Berg", q.Speaker));
        Assert.Equal(set.Quotes[0].Id, set.Quotes[1].SplitOf);
        Assert.Contains("split", set.Quotes[1].Flags);
    }

    [Fact]
    public void A_cue_that_opens_a_new_sentence_introduces_a_quote_of_its_own()
    {
        var set = QuoteFixture.Extract("Anna Berg spoke in Riga.\n\nBerg calls the minister “a careful and patient negotiator.” She adds, “In a campaign things get heated.”\n");
        var second = set.With("In a campaign");
        Assert.Null(second.SplitOf);
        Assert.Equal(QuoteKinds.Direct, second.Kind);
        Assert.Equal("She", second.SpeakerMention);
        Assert.NotEqual("She", set.With("patient negotiator").SpeakerMention);
    }

    [Fact]
    public void A_quote_ending_its_sentence_is_not_given_the_cue_that_introduces_the_next()
    {
        var set = QuoteFixture.Extract("“We will not sign this text.” Berg added, “Nobody should expect a deal this week.”\n");
        Assert.False(set.With("We will not sign").Attributed);
        Assert.Equal("Berg", set.With("Nobody should expect").SpeakerMention);
    }

    [Fact]
    public void A_quote_of_several_sentences_is_one_quote()
    {
        var q = Assert.Single(QuoteFixture.Extract("“We know the risks. We know the costs. We will act,” said Berg.\n").Quotes);
        Assert.Equal("We know the risks. We know the costs. We will act", q.Text);
    }

    [Fact]
    public void An_opening_mark_on_the_next_paragraph_continues_the_quote()
    {
        var set = QuoteFixture.Extract("Berg said: “The first point is the border.\n\n“The second point is trade,” she added.\n");
        var q = Assert.Single(set.Quotes);
        Assert.Contains("multi-paragraph", q.Flags);
        Assert.StartsWith("The first point", q.Text);
        Assert.EndsWith("trade", q.Text);
    }

    [Fact]
    public void A_missing_opening_mark_is_repaired_from_the_closing_mark_and_its_attribution()
    {
        var q = Assert.Single(QuoteFixture.Extract("Washington is willing to help, but there will be consequences, “said the US foreign minister.\n").Quotes);
        Assert.Equal(QuoteKinds.Unopened, q.Kind);
        Assert.Equal("Washington is willing to help, but there will be consequences", q.Text);
        Assert.Equal("the US foreign minister", q.SpeakerMention);
    }

    [Fact]
    public void Closing_marks_of_the_wrong_direction_still_close()
    {
        var set = QuoteFixture.Extract("“We do not know if he has decided, ”said Berg.\n\n“We know what we will do “he stated\n\n“Talks matter. “\n");
        Assert.Equal(["We do not know if he has decided", "We know what we will do", "Talks matter."], set.Quotes.Select(q => q.Text));
        Assert.Equal("Berg", set.Quotes[0].Speaker);
        Assert.Equal("he", set.Quotes[1].SpeakerMention);
        Assert.All(set.Quotes.Skip(1), q => Assert.Contains("wrong-direction", q.Flags));
    }

    [Fact]
    public void Straight_and_curly_marks_mixed_pair_up()
    {
        var set = QuoteFixture.Extract("\"We are ready,” Berg said, adding that “nothing is decided\" yet.\n");
        Assert.Equal(["We are ready", "nothing is decided"], set.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_quote_inside_a_quote_with_the_same_marks_stays_inside()
    {
        var set = QuoteFixture.Extract("Berg tweeted: “People behind her wearing “Settle For Hillary” shirts at her event, ouch.”\n");
        var q = Assert.Single(set.Quotes);
        Assert.Equal("People behind her wearing “Settle For Hillary” shirts at her event, ouch.", q.Text);
        Assert.Equal("Berg", q.Speaker);
    }

    [Fact]
    public void Titles_and_scare_quotes_are_told_apart_and_not_attributed()
    {
        var set = QuoteFixture.Extract("She watched “Saturday Night Live” after the so-called “reset” of relations.\n");
        Assert.Equal(QuoteKinds.Title, set.With("Saturday Night Live").Kind);
        Assert.Equal(QuoteKinds.Scare, set.With("reset").Kind);
        Assert.All(set.Quotes, q => Assert.False(q.Attributed));
        Assert.All(set.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void A_quote_that_never_closes_is_cut_at_the_paragraph_end_and_flagged()
    {
        var set = QuoteFixture.Extract("Berg said: “We will not move an inch on this\n\nThe next paragraph is the writer's own.\n");
        var q = Assert.Single(set.Quotes);
        Assert.Contains("unclosed", q.Flags);
        Assert.Equal("We will not move an inch on this", q.Text);
    }
}
