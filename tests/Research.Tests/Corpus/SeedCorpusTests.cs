namespace Research.Tests.CorpusTests;

using Research;

public class SeedCorpusTests
{
    static readonly Research.Corpus Seed = Research.Corpus.Load(RepoPaths.Seed);

    [Fact]
    public void Loads_the_five_articles_without_problems()
    {
        Assert.Equal(5, Seed.Articles.Count);
        Assert.Empty(Seed.Problems);
        Assert.Single(Seed.Events);
    }

    [Theory]
    [InlineData("000_e149a68404b8704d", "2021-12-01", "first line")]
    [InlineData("001_eaa28be1ff3a4a8b", "2021-12-01", "byline")]
    [InlineData("003_d457b9189c7b05fa", "2021-12-02", "dateline (December 2), year from sources.csv")]
    [InlineData("004_b5e223e579df0315", "2021-12-02", "first line")]
    public void Takes_each_date_from_where_the_text_gives_it(string id, string date, string source)
    {
        var article = Seed.Article(id);
        Assert.Equal(DateOnly.Parse(date), article.Date);
        Assert.Equal(source, article.DateSource);
    }

    [Fact]
    public void Says_so_when_an_article_has_no_date()
    {
        var article = Seed.Article("002_b11ac4e2685c7f85");
        Assert.Null(article.Date);
        Assert.StartsWith("none", article.DateSource);
    }

    [Theory]
    [InlineData("Register now for FREE and unlimited access to")]
    [InlineData("Please enter your comment!")]
    [InlineData("Source link")]
    [InlineData("RSS WND")]
    [InlineData("Read more")]
    [InlineData("Enter My WorldView")]
    [InlineData("Thomson Reuters Trust Principles")]
    [InlineData("With reporting by Reuters")]
    [InlineData("By: - December 1")]
    [InlineData("STOCKHOLM, December 2")]
    [InlineData(" date 2021")]
    public void Leaves_no_boilerplate_in_any_sentence(string boilerplate) =>
        Assert.DoesNotContain(Seed.Sentences, s => s.Text.Contains(boilerplate, StringComparison.Ordinal));

    [Fact]
    public void Records_every_removal_with_its_rule_and_original_text()
    {
        var removed = Seed.RemovedFrom("003_d457b9189c7b05fa");
        var text = Seed.TextOf("003_d457b9189c7b05fa").Original;
        Assert.All(removed, r => Assert.Equal(text[r.Start..r.End], r.Text));
        Assert.Contains(removed, r => r.Rule == "register-prompt");
        Assert.Contains(removed, r => r.Rule == "dateline" && r.Text.StartsWith("STOCKHOLM"));
    }

    [Fact]
    public void Keeps_a_repeated_headline_once()
    {
        const string headline = "Blinken set to meet Russian Lavrov as tensions in Ukraine erupt";
        var id = "003_d457b9189c7b05fa";
        Assert.Single(Seed.ParagraphsOf(id), p => p.Text.StartsWith(headline));
        Assert.Equal("headline", Seed.ParagraphsOf(id)[0].Role);
        Assert.Single(Seed.RemovedFrom(id), r => r.Rule == "repeated-headline");
        Assert.Equal(headline, Seed.Article(id).Title);
    }

    [Fact]
    public void Infers_the_agency_from_the_dateline()
    {
        var article = Research.Corpus.FromString("STOCKHOLM, December 2 (Reuters) - The talks began.\n");
        Assert.Equal("Reuters", article.Articles[0].Outlet);
        Assert.True(article.Articles[0].OutletInferred);
    }

    [Fact]
    public void Every_span_points_at_its_text_in_the_original_file()
    {
        foreach (var s in Seed.Sentences) Assert.Equal(Seed.TextOf(s.Article).Original[s.Start..s.End], s.Text);
        foreach (var t in Seed.Tokens.Take(2000)) Assert.Equal(Seed.TextOf(t.Article).Original[t.Start..t.End], t.Text);
        var raw = File.ReadAllText(Path.Combine(RepoPaths.Seed, "000_e149a68404b8704d.txt"));
        Assert.Equal(raw, Seed.TextOf("000_e149a68404b8704d").Original);
    }

    [Fact]
    public void Splits_every_sentence_of_article_000_right() =>
        Assert.Equal(SeedSentences.Article000, Seed.SentencesOf("000_e149a68404b8704d").Select(s => s.Text));

    [Fact]
    public void Splits_every_sentence_of_article_003_right() =>
        Assert.Equal(SeedSentences.Article003, Seed.SentencesOf("003_d457b9189c7b05fa").Select(s => s.Text));
}
