namespace Research.Tests.DisagreementTests;

using Research;

public class NumericClaimsTests
{
    static IReadOnlyList<NumericClaim> Claims(string text) => NumericClaims.Extract(Research.Corpus.FromString(text));

    [Fact]
    public void A_measurement_restated_in_other_units_is_one_claim()
    {
        var claims = Claims("The well was about 40 metres deep (131 feet) and the rocket flew 3,700 kilometers (2,300 miles).\n");
        Assert.Equal(["about 40", "3,700"], claims.Select(c => c.Value));
    }

    [Fact]
    public void A_time_of_day_is_not_a_count()
    {
        var claims = Claims("The missile was fired at 5:58 a.m. local time and flew for 19 minutes.\n");
        Assert.Equal(["19"], claims.Select(c => c.Value));
    }

    [Fact]
    public void A_number_in_brackets_that_restates_nothing_is_still_a_claim() =>
        Assert.Contains(Claims("Officials said (12 people were hurt) the bridge held.\n"), c => c.Value == "12");

    [Fact]
    public void A_label_after_a_number_counts_the_next_value() =>
        Assert.DoesNotContain(Claims("Stages: 2 Boosters: 2 Cores: 3 Engines: 27\n"), c => c.Counted is "boosters" or "cores" or "engines");
}

public class NumericDisagreementsTests
{
    static IReadOnlyList<NumericDisagreements.Group> Groups(string a, string b)
    {
        var corpus = Research.Corpus.FromStrings([("a.txt", a), ("b.txt", b)]);
        return NumericDisagreements.Find(corpus, NumericClaims.Extract(corpus));
    }

    [Fact]
    public void The_same_unit_alone_does_not_make_the_same_fact() =>
        Assert.Empty(Groups("The boy fell into a well about 40 metres deep near the village.\n",
                            "Diggers made a crater around 100 metres wide near the well.\n"));

    [Fact]
    public void Counts_of_the_same_thing_in_the_same_words_conflict()
    {
        var group = Assert.Single(Groups("Fire crews sent five rescue units to the scene of the crash.\n",
                                         "Fire crews sent four rescue units to the scene of the crash.\n"));
        Assert.Equal(ClaimVerdict.Conflict, group.Verdict);
    }
}
