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
