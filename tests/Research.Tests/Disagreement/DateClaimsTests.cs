namespace Research.Tests.DisagreementTests;

using Research;

public class DateClaimsTests
{
    static IReadOnlyList<DateClaim> Dates(string text) => DateClaims.Extract(Research.Corpus.FromString(text));

    [Theory]
    [InlineData(" date 2021-12-01 The ministers will meet on Thursday in Stockholm.", "2021-12-02")]
    [InlineData(" date 2021-12-01 Kuleba on Wednesday urged NATO to act.", "2021-12-01")]
    [InlineData(" date 2021-12-01 Blinken on Tuesday warned Russia.", "2021-11-30")]
    [InlineData(" date 2021-12-02 Officials said yesterday that talks would go on.", "2021-12-01")]
    [InlineData(" date 2021-12-02 Putin spoke on December 1 in Moscow.", "2021-12-01")]
    [InlineData(" date 2018-02-05 On Nov. 6 the company made an offer.", "2017-11-06")]
    public void Resolves_a_relative_date_against_the_article(string text, string day) =>
        Assert.Equal(DateOnly.Parse(day), Assert.Single(Dates(text)).From);

    [Fact]
    public void Resolves_a_vague_date_to_a_range()
    {
        var d = Assert.Single(Dates(" date 2021-12-20 He visited Moscow earlier this month.\n"));
        Assert.Equal((new DateOnly(2021, 12, 1), new DateOnly(2021, 12, 20)), (d.From, d.To));
    }

    [Fact]
    public void Resolves_no_relative_date_in_an_undated_article() =>
        Assert.Empty(Dates("Blinken on Tuesday warned Russia.\n"));

    [Fact]
    public void Sources_placing_one_happening_on_different_days_disagree()
    {
        var corpus = Research.Corpus.FromStrings([
            ("a.txt", " date 2017-12-27 A Tokyo-bound flight returned to Los Angeles on Tuesday after the crew found an unticketed passenger.\n"),
            ("b.txt", " date 2017-12-28 A Tokyo-bound flight returned to Los Angeles on Wednesday after the crew found an unticketed passenger.\n"),
        ]);
        var conflict = Assert.Single(DateDisagreements.Find(corpus, DateClaims.Extract(corpus)));
        Assert.Equal((new DateOnly(2017, 12, 26), new DateOnly(2017, 12, 27)), (conflict.A.From, conflict.B.From));
    }
}

public class DateDisagreementTests
{
    static IReadOnlyList<DateClaim> Dates(string text) => DateClaims.Extract(Research.Corpus.FromString(text));

    [Fact]
    public void A_weekday_the_day_after_the_article_is_that_day_not_six_days_before() =>
        Assert.Equal(new DateOnly(2020, 3, 6), Assert.Single(Dates(" date 2020-03-05 The rocket was launched over the strait on Friday.\n")).From);

    [Fact]
    public void Last_weekday_still_means_the_week_before() =>
        Assert.Equal(new DateOnly(2020, 2, 28), Assert.Single(Dates(" date 2020-03-05 The rocket was launched over the strait last Friday.\n")).From);

    [Fact]
    public void Dates_in_sentences_sharing_topic_words_only_are_candidates()
    {
        var corpus = Research.Corpus.FromStrings([
            ("e/a.txt", " date 2020-03-10 The ferry company said on Monday that the harbour crane had been repaired by its engineers.\n"),
            ("e/b.txt", " date 2020-03-10 Engineers of the ferry company inspected the harbour crane on March 2 after a storm.\n"),
        ]);
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "date");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("topic words", row.Basis);
        Assert.DoesNotContain(DisagreementReport.Build(corpus), d => d.Kind == "date");
    }

    [Fact]
    public void A_day_apart_from_a_date_line_is_flagged_as_a_possible_dating_error()
    {
        var corpus = Research.Corpus.FromStrings([
            ("e/a.txt", " date 2020-03-10 The harbour crane of the ferry company collapsed today in a storm, the port said.\n"),
            ("e/b.txt", " date 2020-03-10 The harbour crane of the ferry company collapsed on Monday in a storm, the port said.\n"),
        ]);
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "date");
        Assert.Contains("dating error", row.Explanation);
        Assert.Equal(Disagreement.Candidate, row.Confidence);
    }
    [Fact]
    public void Aligned_sentences_placing_one_happening_on_different_days_are_a_confident_conflict()
    {
        var corpus = Research.Corpus.FromStrings([
            ("e/a.txt", " date 2020-03-10 The harbour crane of the Velmar ferry company collapsed on Thursday in a storm, the port authority said.\n"),
            ("e/b.txt", " date 2020-03-10 The harbour crane of the Velmar ferry company collapsed on March 2 in a storm, the port authority said.\n"),
        ]);
        var row = Assert.Single(DisagreementReport.Build(corpus), d => d.Kind == "date");
        Assert.Equal(("aligned sentences", Disagreement.Confident), (row.Basis, row.Confidence));
    }

    [Fact]
    public void The_day_something_was_said_is_no_rival_of_the_day_of_what_was_said()
    {
        var corpus = Research.Corpus.FromStrings([
            ("e/a.txt", " date 2020-03-10 The harbour crane of the Velmar ferry company collapsed in a storm, the port authority said Thursday.\n"),
            ("e/b.txt", " date 2020-03-10 The harbour crane of the Velmar ferry company collapsed on March 2 in a storm, the port authority said.\n"),
        ]);
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "date");
        Assert.Equal(Disagreement.Candidate, row.Confidence);
        Assert.Contains("the day it was said", row.Basis);
    }
}
