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
    public void A_share_is_read_as_a_percentage()
    {
        var claim = Assert.Single(Claims("The survey found two in three voters backed the plan.\n"));
        Assert.Equal(("two in three", "percent"), (claim.Value, claim.Counted));
        Assert.True(claim.Range.Low < 66.7 && 66.7 < claim.Range.High);
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
    public void A_part_counts_what_its_whole_counts() =>
        Assert.Contains(Claims("The rebels freed 21 of the more than 200 pupils they had taken.\n"), c => c.Value == "21" && c.Counted == "pupils");

    [Fact]
    public void An_increment_or_a_remainder_is_not_a_total() =>
        Assert.Empty(Claims("The leak names 128 other officials and an additional 2.5 million customers.\n"));

    [Fact]
    public void A_sentence_that_dates_its_fact_to_a_past_year_says_so()
    {
        var claims = Claims(" date 2016-10-13 The rebels took more than 200 pupils in 2014, and have held 40 towns since 2012.\n");
        Assert.Equal(["2014", "2014"], claims.Select(c => c.PastDates));
    }

    [Fact]
    public void A_count_that_looks_like_a_year_is_not_a_past_date() =>
        Assert.Equal([""], Claims(" date 2016-10-13 The army sent 2000 troops to the border.\n").Select(c => c.PastDates));

    [Fact]
    public void A_score_with_a_day_of_zero_is_not_a_date() =>
        Assert.DoesNotContain(DateClaims.Extract(Research.Corpus.FromString(" date 2016-10-13 They won 3-0 May supporters said.\n")), d => d.Text.Contains('0'));

    [Fact]
    public void The_noun_a_value_is_of_is_kept() =>
        Assert.Equal(["limit", "speed"], Claims("The bend has a speed limit of 12 mph; the cars have a top speed of 50 mph.\n").Select(c => c.Measure));

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
    public void A_past_figure_is_not_compared_with_the_news() =>
        Assert.Empty(Groups(" date 2016-10-13 Officials said the rebels freed 21 schoolgirls abducted from Chibok.\n",
                            " date 2016-10-13 The rebels abducted more than 200 schoolgirls from Chibok in 2014.\n"));

    [Fact]
    public void Values_of_different_things_in_one_unit_are_not_compared() =>
        Assert.Empty(Groups("The tram took the bend where the speed limit of 12 mph applies to trams.\n",
                            "The trams on that bend have a top speed of around 50 mph, trams staff said.\n"));

    [Fact]
    public void A_source_that_states_the_other_value_too_does_not_contradict_it() =>
        Assert.Empty(Groups("The rebels freed 21 schoolgirls from Chibok on Thursday.\n",
                            "The rebels freed 21 of the more than 200 schoolgirls from Chibok.\nThe 200 schoolgirls from Chibok were taken from a school.\n"));

    [Fact]
    public void Counts_of_the_same_thing_in_the_same_words_conflict()
    {
        var group = Assert.Single(Groups("Fire crews sent five rescue units to the scene of the crash.\n",
                                         "Fire crews sent four rescue units to the scene of the crash.\n"));
        Assert.Equal(ClaimVerdict.Conflict, group.Verdict);
    }
}
