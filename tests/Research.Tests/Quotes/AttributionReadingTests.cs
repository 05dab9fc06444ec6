namespace Research.Tests;

using Research;

/// <summary>Attributions the extractor used to miss: described speakers, long titles, possessive roles, trailing attributions and titles inside them.</summary>
public sealed class AttributionReadingTests
{
    [Theory]
    [InlineData("“The drop is real,” said a person close to the minister.", "a person close to the minister")]
    [InlineData("“The drop is real,” said one source familiar with the talks.", "one source familiar with the talks")]
    [InlineData("“The drop is real,” said former secretary of state Anna Berg.", "former secretary of state Anna Berg")]
    [InlineData("“The drop is real,” said Berg’s deputy campaign manager, Ivan Petrov.", "Berg’s deputy campaign manager, Ivan Petrov")]
    [InlineData("“The drop is real” in the polls, said Ivan Petrov, a pollster at Riga University.", "Ivan Petrov, a pollster at Riga University")]
    [InlineData("“The drop is real,” Ivan Petrov barked.", "Ivan Petrov")]
    [InlineData("“The drop is real,” said Latvia’s Ivan Petrov, a pollster.", "Ivan Petrov, a pollster")]
    [InlineData("“The drop is real,” said one of two witnesses who saw it.", "one of two witnesses who saw it")]
    [InlineData("“The drop is real,” his wife, Mara Petrova, wrote in a letter.", "Mara Petrova")]
    [InlineData("“Nobody wants this,” read one sign. “The drop is real,” read another.", "another")]
    [InlineData("“The drop is real?” Ivan Petrov pressed.", "Ivan Petrov")]
    [InlineData("“The drop is real,” remembered Ivan Petrov, a pollster.", "Ivan Petrov, a pollster")]
    [InlineData("Ivan Petrov leaned in and boomed: “The drop is real.”", "Ivan Petrov")]
    [InlineData("As Ivan Petrov put it, “The drop is real.”", "Ivan Petrov")]
    [InlineData("The page was replaced by a message that said, “The drop is real.”", "a message")]
    [InlineData("“The drop is real!” some protesters chanted outside.", "some protesters")]
    [InlineData("Said Ivan Petrov, who grew up in the city, “The drop is real.”", "Ivan Petrov, who grew up in the city")]
    public void The_speaker_is_read(string body, string phrase)
    {
        var set = QuoteFixture.Extract("Anna Berg spoke in Riga.\n\n" + body + "\n");
        var q = set.With("The drop is real");
        Assert.True(q.Attributed);
        Assert.Equal(phrase, q.SpeakerPhrase);
    }

    [Theory]
    [InlineData("“The drop is real,” said Berg’s top foreign policy aide Ivan Petrov.", "Ivan Petrov")]
    [InlineData("After a win in Ohio, Gov. Ivan Petrov (R-OH), said, “The drop is real.”", "Ivan Petrov")]
    [InlineData("“The drop is real,” said Air Force 1st Lt. Ivan Petrov.", "Ivan Petrov")]
    [InlineData("“The drop is real,” said the Riga businessman, who spoke on Monday.", "Riga businessman")]
    [InlineData("“The drop is real,” the editorial board recently wrote.", "editorial board")]
    [InlineData("“The drop is real,” said Comedian Anna Berg.", "Anna Berg")]
    [InlineData("“The drop is real,” said Rabbi Ivan Petrov.", "Ivan Petrov")]
    [InlineData("“The drop is real,” the Riga-based #SaveRiga campaign said in a statement.", "Riga-based #SaveRiga campaign")]
    public void The_speaker_is_the_person_or_role_the_phrase_ends_in(string body, string speaker)
    {
        var set = QuoteFixture.Extract("Talks in Riga.\n\n" + body + "\n");
        var q = set.With("The drop is real");
        Assert.True(q.Attributed);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("The sector is a “culture that has embraced it,” Alex Berg, director of policy at Demand Group, an advocacy group, told the magazine.", "magazine")]
    [InlineData("Ivan Petrov condemned the test “in the strongest words,” saying the missile passed over Hokkaido.", "Hokkaido")]
    [InlineData("Anna Berg said it was unhelpful, adding those parties directly involved in the dispute “should shoulder the responsibility” for it.", "those parties directly")]
    [InlineData("Hundreds of farmers marched through Riga, chanting “No Berg, no deal,” raising fresh questions about the talks.", "raising fresh")]
    public void Whoever_is_spoken_to_or_about_is_not_the_speaker(string body, string notSpeaker)
    {
        var set = QuoteFixture.Extract(body + "\n");
        Assert.All(set.Quotes, q => Assert.NotEqual(notSpeaker, q.Speaker));
    }

    [Fact]
    public void A_cue_before_a_colon_introduces_the_next_quote_not_the_one_before()
    {
        var set = QuoteFixture.Extract("Asked about it, Ivan Petrov said the launch had “put millions in danger.” Minister Anna Berg said: “The test was illegal.”\n");
        Assert.Equal("Ivan Petrov", set.With("put millions in danger").Speaker);
        Assert.Equal("Anna Berg", set.With("The test was illegal").Speaker);
    }

    [Fact]
    public void One_of_a_group_keeps_its_words_as_the_speaker()
    {
        var q = Assert.Single(QuoteFixture.Extract("“The drop is real,” said one of those advisers, who spoke on the condition of anonymity.\n").Quotes);
        Assert.Equal("one of those advisers", q.Speaker);
    }

    [Fact]
    public void A_possessive_is_never_the_speaker()
    {
        var q = Assert.Single(QuoteFixture.Extract("“The drop is real,” said Berg’s deputy campaign manager, Ivan Petrov.\n").Quotes);
        Assert.Equal("Ivan Petrov", q.Speaker);
    }

    [Theory]
    [InlineData("According to Berg’s campaign, “the numbers are simply wrong.”")]
    [InlineData("“The numbers are simply wrong,” according to Berg’s campaign.")]
    public void According_to_a_possessives_role_names_that_role_not_the_possessor(string body)
    {
        var q = Assert.Single(QuoteFixture.Extract(body + "\n").Quotes);
        Assert.True(q.Attributed);
        Assert.Equal("Berg’s campaign", q.SpeakerMention);
    }

    [Fact]
    public void A_title_inside_the_attribution_does_not_part_a_split_quote()
    {
        var set = QuoteFixture.Extract("“I was in a house in Riga,” Anna Berg told NBC’s “Today” on Monday. “I could hardly hear.”\n");
        var second = set.With("I could hardly hear");
        Assert.True(second.Attributed);
        Assert.Equal("Anna Berg", second.Speaker);
        Assert.Contains("split", second.Flags);
        Assert.Equal(QuoteKinds.Title, set.With("Today").Kind);
    }

    [Fact]
    public void A_programme_named_after_a_possessive_is_a_title_even_with_the_sentences_period_inside_its_marks()
    {
        var set = QuoteFixture.Extract("“I was in a house in Riga,” Anna Berg told NBC’s “Meet the Press.” “I could hardly hear.”\n");
        var title = set.With("Meet the Press");
        Assert.Equal(QuoteKinds.Title, title.Kind);
        Assert.Null(title.SplitOf);
        Assert.Equal(set.With("I was in a house").Id, set.With("I could hardly hear").SplitOf);
    }
}
