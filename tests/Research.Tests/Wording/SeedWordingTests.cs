namespace Research.Tests.WordingTests;

using Research;

public class SeedWordingTests
{
    static readonly Research.Corpus Seed = Research.Corpus.Load(RepoPaths.Seed);
    static readonly IReadOnlyList<AlignedPair> Pairs = SentenceAligner.Align(Seed);

    static Sentence Find(string article, string words) => Seed.SentencesOf(Seed.Articles.Single(a => a.Id.StartsWith(article)).Id).Single(s => s.Text.Contains(words));

    static bool Aligned(Sentence a, Sentence b) => Pairs.Any(p =>
        p.ArticleA == a.Article && p.SentenceA == a.Index && p.ArticleB == b.Article && p.SentenceB <= b.Index && b.Index <= p.SentenceBLast ||
        p.ArticleA == b.Article && p.SentenceA == b.Index && p.ArticleB == a.Article && p.SentenceB <= a.Index && a.Index <= p.SentenceBLast);

    [Fact]
    public void The_decision_to_invade_quote_of_003_aligns_with_001_and_004()
    {
        var in003 = Find("003", "made the decision to invade");
        Assert.True(Aligned(in003, Find("001", "has made the decision to invade")));
        Assert.True(Aligned(in003, Find("004", "has decided to invade")));
    }

    [Fact]
    public void Sergey_and_Sergei_are_a_spelling_variant_not_a_change_of_content()
    {
        var differences = Pairs.SelectMany(p => p.Differences).Where(d => d.Removed.Contains("Serge") || d.Added.Contains("Serge")).ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.Equal("spelling", d.Class));
        Assert.Contains(SubstitutionCount.Table(Seed, Pairs), s => s.Class == "spelling" && new[] { s.From, s.To }.Order().SequenceEqual(["Sergei", "Sergey"]));
    }

    [Fact]
    public void Kiev_and_Kyiv_are_a_spelling_variant()
    {
        var a = Find("001", "fighting against Kyiv").Text;
        var b = Find("004", "rebels fighting Kiev").Text;
        Assert.Contains(WordingDifference.Between(a, b), d => d is { Class: "spelling" } && d.Removed.StartsWith("Kyiv") && d.Added.StartsWith("Kiev"));
        Assert.True(NameSpelling.SameName("Zelenskiy", "Zelensky"));
        Assert.False(NameSpelling.SameName("Iran", "Iraq"));
    }

    [Fact]
    public void Articles_001_and_003_are_the_most_related_pair_and_a_reworded_copy()
    {
        var relations = SourceRelations.Between(Seed, Pairs);
        var top = relations.OrderByDescending(r => r.SharedStatements).ThenByDescending(r => r.VerbatimShare).First();
        Assert.Equal(("001", "003"), (top.ArticleA[..3], top.ArticleB[..3]));
        Assert.Equal("reworded-copy", top.Verdict);
    }

    [Fact]
    public void Passages_gather_each_statement_once_with_every_source_that_carries_it()
    {
        var passages = Collation.Collate(Seed, Pairs);
        var invade = Assert.Single(passages, p => p.Readings.Any(r => r.Text.Contains("decision to invade")));
        Assert.Equal(["001", "003", "004"], invade.Readings.Select(r => r.Article[..3]).Order());
        Assert.All(passages.SelectMany(p => p.Readings), r => Assert.Equal(Seed.TextOf(r.Article).Original[r.Start..r.End], r.Text));
    }

    [Theory]
    [InlineData("He said 13,200 people died.", "He said 14,000 people died.", "number")]
    [InlineData("The U.S. officials met.", "The US officials met.", "typography")]
    [InlineData("a range of measures", "a series of measures", "substitution")]
    [InlineData("He said the talks would go on.", "He said the talks would go on in Geneva.", "added")]
    [InlineData("He says that talks go on.", "He says talks go on.", "function-words")]
    public void Classifies_each_difference(string a, string b, string expected) =>
        Assert.Equal(expected, Assert.Single(WordingDifference.Between(a, b)).Class);
}
