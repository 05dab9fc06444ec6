namespace Research;

/// <summary>Wording analyses as charts and tables: how related the sources are, which statements each carries, how each words them.</summary>
public static class WordingCharts
{
    /// <summary>Share of statements each pair of articles of an event shares (the event with most articles when none is named).</summary>
    public static PlotlyChart SourceSimilarity(Corpus corpus, IReadOnlyList<SourceRelation> relations, string? eventKey = null)
    {
        var ev = eventKey ?? LargestEvent(corpus);
        var articles = ev is null ? [] : corpus.ArticlesIn(ev).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var labels = Labels(articles);
        var mine = relations.Where(r => r.Event == ev).ToList();
        var share = mine
            .SelectMany(r => new[] { ((r.ArticleA, r.ArticleB), r.StatementShare), ((r.ArticleB, r.ArticleA), r.StatementShare) })
            .ToDictionary(x => x.Item1, x => x.Item2);
        var closest = mine.OrderByDescending(r => r.StatementShare).ThenBy(r => r.ArticleA, StringComparer.Ordinal).ThenBy(r => r.ArticleB, StringComparer.Ordinal).FirstOrDefault();
        var title = closest is null
            ? $"Statements shared by each pair of sources ({ev ?? "no event"})"
            : $"{Label(articles, closest.ArticleA)} and {Label(articles, closest.ArticleB)} share the most statements: {ChartText.Percent(closest.StatementShare)} ({ev})";
        if (articles.Count < 2) return Charts.Heatmap(title, [], [], (_, _) => null, "share of statements", "an event needs two sources to compare.");
        return Charts.Heatmap(title, labels, labels,
            (r, c) => r == c ? null : share.GetValueOrDefault((articles[r].Id, articles[c].Id)), "share of statements",
            "Share of statements each pair of sources has in common (blank: the source itself).", zMin: 0, zMax: 1);
    }

    /// <summary>
    /// Which source carries which statement of an event: one row a passage (in story order), one column a source, two
    /// colours (carried, not carried). At most <paramref name="maxPassages"/> rows, those carried by most sources; the
    /// caption says how many are left out and how to see all.
    /// </summary>
    public static PlotlyChart Coverage(Corpus corpus, IReadOnlyList<Passage> passages, string? eventKey = null, int maxPassages = 30)
    {
        var ev = eventKey ?? LargestEvent(corpus);
        var articles = ev is null ? [] : corpus.ArticlesIn(ev).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var all = passages.Where(p => p.Event == ev).ToList();
        var mine = all.OrderByDescending(p => p.Sources).ThenBy(p => p.Number).Take(maxPassages).OrderBy(p => p.Number).ToList();
        var everywhere = all.Count(p => articles.All(a => p.Readings.Any(x => x.Article == a.Id)));
        var title = all.Count == 0
            ? $"Which source carries which statement ({ev ?? "no event"})"
            : $"{everywhere} of {all.Count} statements are carried by every source ({ev})";
        var caption = "One row a statement in story order, one column a source." + (mine.Count < all.Count
            ? $" {mine.Count} of {all.Count} statements shown (those carried by most sources); Coverage(corpus, passages, maxPassages: {all.Count}) shows all."
            : "");
        var rows = mine.Select(p => $"{p.Number}. {p.Readings[0].Text}").ToList();
        return Charts.StateGrid(title, rows, Labels(articles),
            (r, c) => mine[r].Readings.Any(x => x.Article == articles[c].Id) ? "carried" : "not carried", ["carried", "not carried"],
            "statement", "source", all.Count == 0 ? "no statements were collated for this event." : caption);
    }

    /// <summary>The passage × source table: each source's reading of each statement (empty where it has none).</summary>
    public static Table Collation(Corpus corpus, IReadOnlyList<Passage> passages, string? eventKey = null)
    {
        var ev = eventKey ?? LargestEvent(corpus) ?? "";
        var articles = corpus.ArticlesIn(ev).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var rows = passages.Where(p => p.Event == ev)
            .Select(p => (IReadOnlyList<object?>)new object?[] { p.Number, p.Sources }
                .Concat(articles.Select(a => (object?)p.Readings.FirstOrDefault(r => r.Article == a.Id)?.Text)).ToArray())
            .ToList();
        return new Table(["passage", "sources", .. Labels(articles)], rows, $"Collation of {ev}: one row a statement, one column a source");
    }

    /// <summary>The aligned pairs as a reader checks them: both readings side by side, the score, and the changes by class.</summary>
    public static Table Alignments(Corpus corpus, IEnumerable<AlignedPair> pairs) => new(
        ["source A", "reading A", "source B", "reading B", "kind", "score", "changes"],
        pairs.Select(p =>
        {
            var b = corpus.SentencesOf(p.ArticleB);
            var readingB = corpus.TextOf(p.ArticleB).Original[b[p.SentenceB].Start..b[p.SentenceBLast].End];
            var changes = string.Join(", ", p.Differences.GroupBy(d => d.Class).Select(g => $"{g.Key} {g.Count()}"));
            return (IReadOnlyList<object?>)[corpus.Article(p.ArticleA).Outlet, corpus.SentencesOf(p.ArticleA)[p.SentenceA].Text,
                corpus.Article(p.ArticleB).Outlet, readingB, p.Kind, p.Score, changes];
        }).ToList(),
        "Aligned sentences");

    /// <summary>The passages carried by most sources, each reading shown against the first with its changes marked.</summary>
    public static IReadOnlyList<PassageDiff> Diffs(IReadOnlyList<Passage> passages, int top = 3) =>
        passages.Where(p => p.Sources >= 2).OrderByDescending(p => p.Sources).ThenByDescending(p => p.Readings.Sum(r => r.Text.Length)).Take(top)
            .OrderBy(p => p.Event, StringComparer.Ordinal).ThenBy(p => p.Number).Select(p => new PassageDiff(p)).ToList();

    static string? LargestEvent(Corpus corpus) =>
        corpus.Events.OrderByDescending(e => corpus.ArticlesIn(e).Count).ThenBy(e => e, StringComparer.Ordinal).FirstOrDefault();

    static string Label(IReadOnlyList<Article> articles, string id) => Labels(articles)[articles.ToList().FindIndex(a => a.Id == id)];

    /// <summary>Column labels: the outlet, with the article id where one outlet has several articles.</summary>
    static List<string> Labels(IReadOnlyList<Article> articles) => articles
        .Select(a => articles.Count(b => b.Outlet == a.Outlet) > 1 ? $"{a.Outlet} ({a.Id[..Math.Min(8, a.Id.Length)]})" : a.Outlet).ToList();

}
