namespace Research.Tests.CorpusTests;

public class NewsPleaseTests
{
    [Fact]
    public void Loads_the_news_please_corpus_into_its_events()
    {
        var corpus = Research.Corpus.Load(RepoPaths.NewsPlease);
        Assert.Equal(383, corpus.Articles.Count);
        Assert.Equal(69, corpus.Events.Count);
        Assert.Empty(corpus.Problems);
        Assert.Contains(corpus.Articles, a => a.Outlet == "nytimes.com" && !a.OutletInferred && a.OutletEvidence == "source_domain");
        Assert.All(corpus.Articles, a => Assert.NotNull(a.Date));
    }

    [Fact]
    public void Reads_fields_and_strips_scrape_noise()
    {
        const string json = """
            {"title": "Panama Papers Fallout", "source_domain": "www.npr.org", "date_publish": "2016-05-04T00:00:00",
             "url": "https://example.org/a", "authors": ["Carrie Kahn"],
             "text": "Panama Papers Fallout\nEnlarge this image toggle caption Joe Raedle/Getty Images\nPanama City is bustling. Cranes dot its skyline.\nAdvertisement Continue reading the main story",
             "newsCluster": {"CategoryId": 1, "EventId": 65, "Event": "panama_papers"}}
            """;
        var corpus = Research.Corpus.FromStrings([("a.json", json)]);
        var article = Assert.Single(corpus.Articles);
        Assert.Equal(("npr.org", "panama_papers", new DateOnly(2016, 5, 4)), (article.Outlet, article.Event, article.Date!.Value));
        Assert.Equal(["headline", "body"], corpus.Paragraphs.Select(p => p.Role));
        Assert.Equal(["image-caption", "advert"], corpus.Removed.Select(r => r.Rule));
        Assert.Equal(3, corpus.Sentences.Count);
    }

    [Fact]
    public void Reads_a_cluster_given_as_a_python_dict_string()
    {
        const string json = """{"title": "t", "text": "The talks began.", "newsCluster": "{'CategoryId': 1, 'Event': 'some_event'}"}""";
        Assert.Equal("some_event", Research.Corpus.FromStrings([("a.json", json)]).Articles[0].Event);
    }
}
