namespace Research;

/// <summary>The corpus overview as charts and tables: what the notebook 00-corpus shows.</summary>
public static class CorpusCharts
{
    /// <summary>Words per article, one bar an article, grouped by outlet.</summary>
    public static PlotlyChart LengthsByOutlet(Corpus corpus) => Charts.StackedBar(
        "Article length by outlet (words in the analysed text)",
        corpus.Articles.Select(a => (a.Outlet, a.Id, (double)WordCount(corpus, a))),
        "outlet", "words");

    /// <summary>Articles per publication date and outlet; undated articles counted under "undated".</summary>
    public static PlotlyChart ArticlesByDate(Corpus corpus) => Charts.StackedBar(
        "Articles by publication date and outlet",
        corpus.Articles
            .OrderBy(a => a.Date ?? DateOnly.MaxValue)
            .Select(a => (a.Date?.ToString("yyyy-MM-dd") ?? "undated", a.Outlet, 1.0)),
        "date", "articles");

    /// <summary>Articles per event, largest first: how many sources each event has to compare.</summary>
    public static PlotlyChart ArticlesPerEvent(Corpus corpus) => Charts.Bar(
        "Articles per event",
        corpus.Articles.GroupBy(a => a.Event).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (double)g.Count())),
        "event", "articles");

    /// <summary>What the loader removed, by rule: the audit trail of boilerplate removal.</summary>
    public static PlotlyChart RemovalsByRule(Corpus corpus) => Charts.Bar(
        "Text removed before analysis, by rule",
        corpus.Removed.GroupBy(r => r.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (double)g.Count())),
        "rule", "pieces of text");

    static int WordCount(Corpus corpus, Article article) =>
        corpus.SentencesOf(article.Id).Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
