namespace Research.Tests;

using Research;

/// <summary>Quote extraction on the real seed corpus in data/blinken-lavrov-2021-12.</summary>
public sealed class SeedCorpusQuoteTests
{
    static readonly Lazy<QuoteSet> Seed = new(() => Quotes.Extract(Corpus.Load(SeedFolder())));

    static string SeedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "blinken-lavrov-2021-12"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("data/blinken-lavrov-2021-12 not found above the test folder"), "data", "blinken-lavrov-2021-12");
    }

    [Fact]
    public void The_decision_to_invade_quote_is_found_in_three_articles_and_clustered_together()
    {
        var set = Seed.Value;
        var found = set.Quotes.Where(q => q.Text.Contains("to invade")).ToList();
        Assert.Equal(["001", "003", "004"], found.Select(q => q.Article[..3]).Order());
        var cluster = set.Cluster(Assert.Single(found.Select(q => q.Cluster).Distinct()));
        Assert.Equal(3, cluster.Sources);
        Assert.All(found, q => Assert.EndsWith("Blinken", q.Speaker));
    }

    [Fact]
    public void Lavrov_relaying_Putin_in_002_is_a_nested_attribution_with_its_sentence()
    {
        var set = Seed.Value;
        var q = Assert.Single(set.Quotes, q => q.Article.StartsWith("002") && q.Text.Contains("any conflict"));
        Assert.Contains("nested", q.Flags);
        Assert.EndsWith("Lavrov", q.RelayedBy);
        var row = Assert.Single(set.Misattributions, m => m.Kind == "nested" && m.Quotes.Contains(q.Id));
        Assert.Contains("Lavrov said", row.Evidence[0].Text);
    }

    [Fact]
    public void Every_quote_span_points_at_its_text()
    {
        var corpus = Corpus.Load(SeedFolder());
        var set = Quotes.Extract(corpus);
        Assert.All(set.Quotes, q => Assert.Equal(q.Text, corpus.TextOf(q.Article).Original[q.Start..q.End]));
        Assert.All(set.Quotes, q => Assert.DoesNotContain("\n", q.Flags.Contains("multi-paragraph") ? "" : q.Text));
    }

    [Fact]
    public void Speakers_are_canonical_across_the_seed()
    {
        var set = Seed.Value;
        Assert.Single(set.Speakers, s => s.Name.EndsWith("Lavrov"));
        Assert.Single(set.Speakers, s => s.Name.EndsWith("Putin"));
        Assert.Single(set.Speakers, s => s.Name.EndsWith("Blinken"));
    }
}
