namespace Research.Tests.DisagreementTests;

using Research;

public class SeedDisagreementTests
{
    static readonly Research.Corpus Seed = Research.Corpus.Load(RepoPaths.Seed);
    static readonly IReadOnlyList<NumericDisagreements.Group> Groups = NumericDisagreements.Find(Seed, NumericClaims.Extract(Seed));

    static NumericClaim Claim(NumericDisagreements.Group g, string article) => Assert.Single(g.Claims, c => c.Article.StartsWith(article));

    [Fact]
    public void The_death_toll_conflicts_where_13000_meets_the_other_two()
    {
        var deaths = Assert.Single(Groups, g => g.Topic.StartsWith("deaths"));
        Assert.Equal(ClaimVerdict.Conflict, deaths.Verdict);
        Assert.Equal("more than 13,200", Claim(deaths, "002").Value);
        Assert.Equal("14,000", Claim(deaths, "003").Value);
        Assert.Equal("13,000", Claim(deaths, "004").Value);
        ClaimVerdict Between(string a, string b) => deaths.Pairs.Single(p =>
            p.A.Article.StartsWith(a) && p.B.Article.StartsWith(b) || p.A.Article.StartsWith(b) && p.B.Article.StartsWith(a)).Verdict;
        Assert.Equal(ClaimVerdict.Compatible, Between("002", "003"));
        Assert.Equal(ClaimVerdict.Conflict, Between("002", "004"));
        Assert.Equal(ClaimVerdict.Conflict, Between("003", "004"));
    }

    [Fact]
    public void The_troop_figures_are_reported_with_their_claimants()
    {
        var troops = Assert.Single(Groups, g => g.Topic.StartsWith("troops"));
        Assert.Equal("tens of thousands", Claim(troops, "001").Value);
        Assert.Equal("more than 90,000", Claim(troops, "003").Value);
        Assert.Equal("Ukraine", Claim(troops, "003").Claimant);
        Assert.Equal(ClaimVerdict.DifferentPrecision, troops.Verdict);
    }

    [Fact]
    public void Every_disagreement_links_to_the_sentences_that_carry_it()
    {
        foreach (var d in NumericDisagreements.AsDisagreements(Seed, Groups))
            foreach (var e in d.Sources)
            {
                var text = Seed.TextOf(e.Article).Original;
                Assert.Contains(text[e.Start..e.End], e.Value);
                Assert.Contains(e.Sentence, text);
            }
    }

    [Fact]
    public void The_report_carries_the_disputed_attribution_in_002_with_its_sentence()
    {
        var report = DisagreementReport.Build(Seed);
        var attribution = Assert.Single(report, d => d.Kind == "attribution" && d.Sources.Any(s => s.Doc.StartsWith("002")));
        var source = Assert.Single(attribution.Sources);
        Assert.Equal("Vladimir Putin", source.Value);
        Assert.Contains("Lavrov", source.Note);
        Assert.Contains("said President (Vladimir) Putin, “Lavrov said.", source.Sentence);
        Assert.Equal("We do not want any conflict", Seed.TextOf(source.Article).Original[source.Start..source.End]);
    }

    [Theory]
    [InlineData("spelling: Kiev / Kyiv")]
    [InlineData("spelling: Sergei Lavrov / Sergey Lavrov")]
    [InlineData("spelling: Volodymyr Zelenskiy / Volodymyr Zelensky")]
    public void The_report_carries_the_name_spellings_with_each_source_s_sentence(string topic)
    {
        var name = Assert.Single(DisagreementReport.Build(Seed), d => d.Kind == "name" && d.Topic == topic);
        Assert.Equal(2, name.Sources.Select(s => s.Value).Distinct().Count());
        Assert.All(name.Sources, e => Assert.Equal(e.Value, Seed.TextOf(e.Article).Original[e.Start..e.End]));
    }

    [Fact]
    public void The_report_carries_the_OSCE_gathering_described_as_a_summit_and_as_a_ministerial_meeting()
    {
        var osce = Assert.Single(DisagreementReport.Build(Seed), d => d.Kind == "description" && d.Topic.StartsWith("gathering: OSCE"));
        string ValueOf(string doc) => Assert.Single(osce.Sources, s => s.Doc.StartsWith(doc)).Value;
        Assert.Equal("summit", ValueOf("001"));
        Assert.Equal("summit", ValueOf("003"));
        Assert.Equal("ministerial meeting", ValueOf("002"));
        Assert.Equal("ministerial conference", ValueOf("004"));
        Assert.All(osce.Sources, e => Assert.StartsWith(Seed.TextOf(e.Article).Original[e.Start..e.End], e.Value));
    }

    [Fact]
    public void Vladimir_Putin_and_Volodymyr_Zelenskiy_are_not_one_name_spelled_twice() =>
        Assert.DoesNotContain(DisagreementReport.Build(Seed), d => d.Kind == "name" && d.Topic.Contains("Vladimir"));

    [Fact]
    public void Minutes_of_missile_flight_are_not_compared_with_minutes_of_talks() =>
        Assert.DoesNotContain(Groups, g => g.Topic.StartsWith("minutes"));
}
