namespace Research.Tests.DisagreementTests;

using Research;

/// <summary>A conflict only between claims about the same fact, with the evidence on the row (made-up sentences).</summary>
public class SameFactTests
{
    static Corpus Two(string a, string b) => Research.Corpus.FromStrings([("a/x.txt", " date 2020-03-04 " + a + "\n"), ("a/y.txt", " date 2020-03-04 " + b + "\n")]);

    static IReadOnlyList<Disagreement> Report(Corpus corpus, DisagreementView view = DisagreementView.All) => DisagreementReport.Build(corpus, view);

    [Fact]
    public void The_same_subject_predicate_and_counted_thing_make_a_confident_conflict()
    {
        var corpus = Two("Firefighters rescued 12 climbers from the Varno glacier, the guides said.", "Firefighters rescued 15 climbers from the Varno glacier overnight.");
        var row = Assert.Single(Report(corpus, DisagreementView.Confident), d => d.Kind == "number");
        Assert.Equal(("conflict", Disagreement.Confident), (row.Verdict, row.Confidence));
        Assert.False(string.IsNullOrEmpty(row.Basis));
    }

    [Fact]
    public void Shares_of_one_company_at_different_times_of_day_are_only_a_candidate()
    {
        var corpus = Two("Zentrix shares fell 4 percent to $60 at 9:30 a.m. on the news of the bid.", "Zentrix shares fell 2 percent to $62 at mid-afternoon on the news of the bid.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("times of day", row.Basis);
        Assert.DoesNotContain(Report(corpus, DisagreementView.Confident), d => d.Kind == "number");
    }

    [Fact]
    public void A_narrowed_count_is_not_a_rival_of_the_whole()
    {
        var corpus = Two("Rescuers said 40 people were injured in the tram derailment on the bridge.", "Rescuers said six people were seriously injured in the tram derailment on the bridge.");
        Assert.DoesNotContain(Report(corpus, DisagreementView.Confident), d => d.Kind == "number" && d.Verdict == "conflict");
    }

    [Fact]
    public void Sentences_naming_different_places_are_not_one_fact()
    {
        var corpus = Two("A plane crashed near Tavora and killed 12 people, officials in Tavora said.", "A seaplane crashed near Oldbridge and killed six people, officials in Oldbridge said.");
        Assert.DoesNotContain(Report(corpus, DisagreementView.Confident), d => d.Kind == "number" && d.Verdict == "conflict");
    }

    [Fact]
    public void Two_halves_of_one_share_are_compatible()
    {
        var corpus = Two("The survey found 1 in 3 voters backed the new tram plan for the town.", "The survey found two in three voters backed the new tram plan for the town, or did not.");
        Assert.DoesNotContain(Report(corpus), d => d.Kind == "number" && d.Verdict == "conflict");
    }

    [Fact]
    public void A_bound_is_not_the_complement_of_every_share_below_it()
    {
        var corpus = Two("Zentrix shares have lost 20 percent of their value this year, traders said.", "Zentrix shares have lost more than 50 percent of their value this year, traders said.");
        Assert.Contains(Report(corpus), d => d.Kind == "number" && d.Verdict == "conflict");
    }

    [Fact]
    public void A_share_and_a_percentage_of_it_agree()
    {
        var corpus = Two("The survey found 1 in 4 voters backed the new tram plan for the town.", "The survey found 25 percent of voters backed the new tram plan for the town.");
        Assert.DoesNotContain(Report(corpus), d => d.Kind == "number" && d.Verdict == "conflict");
    }

    [Fact]
    public void The_command_view_hides_candidates_but_the_full_view_keeps_them()
    {
        var corpus = Two("Zentrix shares fell 4 percent to $60 at 9:30 a.m. on the news of the bid.", "Zentrix shares fell 2 percent to $62 at mid-afternoon on the news of the bid.");
        Assert.True(Report(corpus).Count > Report(corpus, DisagreementView.Confident).Count);
        Assert.All(Report(corpus, DisagreementView.Confident), d => Assert.Equal(Disagreement.Confident, d.Confidence));
    }
    [Fact]
    public void Different_subject_runs_are_different_facts_though_they_share_a_word()
    {
        var corpus = Two("In the top five, Zentrix cash has lost 28 percent this week.", "Zentrix has now lost more than 50 percent this week.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("different subjects", row.Basis);
    }

    [Fact]
    public void The_same_subject_run_with_an_adjective_more_is_still_one_fact()
    {
        var corpus = Two("The new Zentrix token has lost 28 percent of its value this week, traders said.", "The Zentrix token has now lost 35 percent of its value this week.");
        var row = Assert.Single(Report(corpus, DisagreementView.Confident), d => d.Kind == "number");
        Assert.Equal(("conflict", Disagreement.Confident), (row.Verdict, row.Confidence));
    }

    [Fact]
    public void A_pronoun_subject_without_a_shared_name_is_only_a_candidate()
    {
        var corpus = Two("Now all he has to do is win 91 percent of the remaining delegates to clinch it.", "Even if Marlow split the vote, he would then need to win 55 percent of the remaining delegates to clinch it.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("\"he\"", row.Basis);
    }

    [Fact]
    public void A_capitalised_word_shared_by_two_different_names_is_no_shared_name()
    {
        // Both say "New", in "New Year's Eve" and "New Arden": not a name the two sentences share.
        var corpus = Two("Six people died when a seaplane crashed into the Harlow river on New Year's Eve.", "A small plane crash in Velora killed 12 people, a rabbi in New Arden said.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("name different things", row.Basis);
    }

    [Fact]
    public void One_name_spelled_two_ways_by_its_full_words_is_still_shared()
    {
        var corpus = Two("Noor Mohammad Faiz, the head doctor in Varsk, said four dead bodies had been brought in.", "At least two dead bodies had been brought in, said local doctor Noor Mohammad Fayez.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.DoesNotContain("name different things", row.Basis);
    }
    [Fact]
    public void One_year_against_an_average_over_years_is_not_one_fact()
    {
        var corpus = Two("Firefighters in Varno rescued 12 climbers from the glacier last year, the guides said.", "Firefighters in Varno rescued 30 climbers from the glacier a year on average since 2009, the guides said.");
        var row = Assert.Single(Report(corpus), d => d.Kind == "number");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("different periods", row.Basis);
    }
}
