namespace Research;

/// <summary>The corpus overview as charts and tables: what the notebook 00-corpus shows.</summary>
public static class CorpusCharts
{
    /// <summary>
    /// Words per article by outlet: one bar an article when outlets have one article each, else the spread per outlet
    /// (the 20 outlets with most articles) as box plots with every article a point.
    /// </summary>
    public static PlotlyChart LengthsByOutlet(Corpus corpus)
    {
        const string title = "Article length by outlet (words in the analysed text)";
        if (corpus.Articles.GroupBy(a => a.Outlet).All(g => g.Count() == 1))
            return Charts.Bar(title, corpus.Articles.Select(a => (a.Outlet, (double)WordCount(corpus, a))), "outlet", "words");
        var top = corpus.Articles.GroupBy(a => a.Outlet).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(20).Select(g => g.Key).ToHashSet();
        return Charts.Box(title + (top.Count < corpus.Articles.Select(a => a.Outlet).Distinct().Count() ? ", 20 largest outlets" : ""),
            corpus.Articles.Where(a => top.Contains(a.Outlet)).Select(a => (a.Outlet, a.Id, (double)WordCount(corpus, a))), "outlet", "words");
    }

    /// <summary>Articles per publication date (per month when they span more than two months), by outlet; undated ones under "undated".</summary>
    public static PlotlyChart ArticlesByDate(Corpus corpus)
    {
        var dates = corpus.Articles.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();
        var monthly = dates.Count > 0 && dates.Max().DayNumber - dates.Min().DayNumber > 62;
        return Charts.StackedBar(
            monthly ? "Articles by month of publication and outlet" : "Articles by publication date and outlet",
            corpus.Articles
                .OrderBy(a => a.Date ?? DateOnly.MaxValue)
                .Select(a => (a.Date?.ToString(monthly ? "yyyy-MM" : "yyyy-MM-dd") ?? "undated", a.Outlet, 1.0)),
            monthly ? "month" : "date", "articles");
    }

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
