namespace Research.Tests;

using Research;

/// <summary>Cues, speakers before and after quotes, titles, pronouns, roles and canonical names across sources.</summary>
public sealed class SpeakerTests
{
    [Theory]
    [InlineData("“We will talk,” said Russian Foreign Minister Sergei Lavrov.", "Sergei Lavrov", "said")]
    [InlineData("“We will talk,” Lavrov added.", "Lavrov", "added")]
    [InlineData("Ukrainian Foreign Minister Dmytro Kuleba wrote on Twitter: “We will talk.”", "Dmytro Kuleba", "wrote on Twitter")]
    [InlineData("“We will talk,” Kuleba was quoted as saying.", "Kuleba", "was quoted as saying")]
    [InlineData("According to Kuleba, “we will talk.”", "Kuleba", "According to")]
    [InlineData("“We will talk,” said President (Vladimir) Putin.", "Vladimir Putin", "said")]
    [InlineData("“We will talk,” Rep. Earl Blumenauer (D-Ore.) said.", "Earl Blumenauer", "said")]
    [InlineData("“We will talk,” Republican party strategist Chris Russell told reporters.", "Chris Russell", "told reporters")]
    [InlineData("Rep. Trey Gowdy: “Who told you that?”", "Trey Gowdy", ":")]
    [InlineData("“Absolutely,” Sanders said.", "Sanders", "said")]
    [InlineData("“Polls move,” Gallup’s Jeffrey M. Jones said.", "Jeffrey M. Jones", "said")]  // an outlet's possessive is not part of the name
    [InlineData("“We are ready,” MK Mary Levin said.", "Mary Levin", "said")]                    // nor is an acronym before it
    [InlineData("“We will pay,” BBC Radio Scotland said.", "BBC Radio Scotland", "said")]        // but a body's name keeps them
    [InlineData("“We will pay,” Macy’s Herald Square said.", "Macy’s Herald Square", "said")]
    public void Speaker_and_cue_are_read_before_or_after_the_quote(string body, string speaker, string cue)
    {
        var q = Assert.Single(QuoteFixture.Extract(body + "\n").Quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(cue, q.Cue);
        Assert.True(q.Attributed);
    }

    [Fact]
    public void A_pronoun_is_the_person_last_named()
    {
        var set = QuoteFixture.Extract("Secretary of State Anna Berg met the press in Riga.\n\n“The door is open,” she said.\n");
        var q = Assert.Single(set.Quotes);
        Assert.Equal("she", q.SpeakerMention);
        Assert.Equal("Anna Berg", q.Speaker);
    }

    [Fact]
    public void A_surname_that_is_also_a_role_word_stays_a_name()
    {
        var set = QuoteFixture.Extract("President Ana Duarte spoke first.\n\n“Turnout matters,” said Charlie King, a party organiser.\n\n“It always has,” Mr. King added.\n\n“We agree,” said Del. Mara Ruiz.\n");
        Assert.Equal("Charlie King", set.With("Turnout matters").Speaker);
        Assert.Equal("Charlie King", set.With("It always has").Speaker);
        Assert.Equal("Mara Ruiz", set.With("We agree").Speaker);
    }

    [Fact]
    public void A_role_is_the_person_the_article_gave_that_role()
    {
        var set = QuoteFixture.Extract("US Secretary of State Anna Berg met Russian Foreign Minister Ivan Petrov.\n\n“We disagree,” said the US foreign minister.\n\n“We also disagree,” the Russian minister said.\n");
        Assert.Equal("Anna Berg", set.With("We disagree").Speaker);
        Assert.Equal("Ivan Petrov", set.With("We also disagree").Speaker);
    }

    [Fact]
    public void An_unnamed_role_stays_the_role()
    {
        var set = QuoteFixture.Extract("A senior State Department official briefed reporters.\n\n“Dialogue matters,” the official said.\n");
        Assert.Equal("senior State Department official", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void Transliterations_of_one_person_are_one_speaker_with_the_variants_kept()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We want talks,” said Russian Foreign Minister Sergey Lavrov.\n\n“The army is strong,” President Volodymyr Zelenskiy said.\n"),
            ("b.txt", "“We want dialogue,” said Foreign Minister Sergei Lavrov.\n\n“We are ready,” said Ukraine's President Volodymyr Zelensky.\n"),
            ("c.txt", "“Talks first,” Lavrov said.\n"));
        var lavrov = Assert.Single(set.Speakers, s => s.Name.EndsWith("Lavrov"));
        Assert.Equal(3, lavrov.Quotes);
        Assert.Contains("Russian Foreign Minister Sergey Lavrov", lavrov.Variants);
        Assert.Contains("Foreign Minister Sergei Lavrov", lavrov.Variants);
        Assert.Single(set.Speakers, s => s.Name.StartsWith("Volodymyr Zelensk"));
    }

    [Fact]
    public void A_name_with_and_without_its_accents_is_one_speaker_spelled_with_them()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We will act,” said French President François Vallière.\n\n“Talks first,” said Foreign Minister Mevlüt Çavuşoğlu.\n"),
            ("b.txt", "“We will act now,” said President Francois Valliere.\n\n“Talks,” said Foreign Minister Mevlut Cavusoglu.\n"),
            ("c.txt", "“Talks, then,” said Foreign Minister Mevlu\u0308t C\u0327avus\u0327oglu.\n"));  // accents as combining marks
        Assert.Equal(2, set.Speakers.Count);
        Assert.Equal(2, Assert.Single(set.Speakers, s => s.Name == "François Vallière").Quotes);
        Assert.Equal(3, Assert.Single(set.Speakers, s => s.Name.EndsWith("oglu") || s.Name.EndsWith("oğlu")).Quotes);
    }

    [Fact]
    public void A_family_name_first_an_initialism_and_an_honorific_join_the_full_name()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We oppose the launch,” spokesperson Hua Chunying said. “Talks are needed,” said the Rail Accident Investigation Branch. “It is a first step,” said Alhaji Lai Mohammed.\n"),
            ("b.txt", "“We oppose it,” Hua said. “The tram was fast,” RAIB said. “A first step,” said Lai Mohammed.\n"));
        Assert.Equal(2, Assert.Single(set.Speakers, s => s.Name == "Hua Chunying").Quotes);
        Assert.Equal(2, Assert.Single(set.Speakers, s => s.Name == "Rail Accident Investigation Branch").Quotes);
        Assert.Single(set.Speakers, s => s.Name.EndsWith("Lai Mohammed"));
    }

    [Fact]
    public void Someone_relaying_a_quote_is_a_nested_attribution_with_evidence()
    {
        var set = QuoteFixture.Extract("Petrov told reporters that Moscow was ready. “We do not want any conflict,” said President (Ivan) Volkov, “Petrov said. The talks ended.\n");
        var q = set.With("We do not want any conflict");
        Assert.Equal("Ivan Volkov", q.Speaker);
        Assert.Equal("Petrov", q.RelayedBy);
        var row = Assert.Single(set.Misattributions, m => m.Kind == "nested");
        Assert.Contains("We do not want any conflict", Assert.Single(row.Evidence).Text);
    }
}
