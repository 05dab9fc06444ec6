namespace Research.Tests.DisagreementTests;

using Research;

/// <summary>
/// Claims of one source are never compared with each other (issue 15, linear cost: one huge article made millions of
/// candidate pairs); claims of two sources still are, however many claims of one source surround them.
/// </summary>
public class OneSourceTests
{
    static string Pile(int sentences) => " date 2021-12-02\nThe War\n\n" + string.Concat(Enumerable.Range(0, sentences).Select(i =>
        $"The war has killed {13_000 + i * 100:N0} people in the east, officials said on December {i % 28 + 1}.\n\n"));

    [Fact]
    public void One_article_that_gives_many_values_has_no_number_or_date_disagreement()
    {
        var corpus = Research.Corpus.FromString(Pile(400));
        Assert.Empty(NumericDisagreements.Find(corpus, NumericClaims.Extract(corpus)));
        Assert.Empty(DateDisagreements.Find(corpus, DateClaims.Extract(corpus)));
    }

    [Fact]
    public void Two_sources_still_disagree_beside_a_pile_of_one_source()
    {
        var pair = Research.Corpus.FromStrings([
            ("a.txt", " date 2021-12-02 The war has killed 14,000 people, says Kiev.\n"),
            ("b.txt", " date 2021-12-02 The war has killed 13,000 people.\n"),
        ]);
        var alone = NumericDisagreements.Find(pair, NumericClaims.Extract(pair));
        Assert.NotEmpty(alone);
        var piled = Research.Corpus.FromStrings([
            ("a.txt", " date 2021-12-02 The war has killed 14,000 people, says Kiev.\n"),
            ("b.txt", " date 2021-12-02 The war has killed 13,000 people.\n"),
            ("c.txt", Pile(300)),
        ]);
        var groups = NumericDisagreements.Find(piled, NumericClaims.Extract(piled));
        Assert.Contains(groups, g => g.Claims.Any(c => c.Article == "a") && g.Claims.Any(c => c.Article == "b"));
        Assert.All(groups, g => Assert.True(g.Claims.Select(c => c.Article).Distinct().Count() > 1));
    }
}
