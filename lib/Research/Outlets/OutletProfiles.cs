namespace Research;

/// <summary>
/// Outlet profiles across events: every analysis runs per event (independent, so cacheable and parallel), and the
/// per-article rows are summed by outlet.
/// </summary>
public static class OutletProfiles
{
    /// <summary>The per-article rows of every event, computed event by event (through the cache when given).</summary>
    public static IReadOnlyList<OutletEventRow> PerEvent(Corpus corpus, AnalysisCache? cache = null) =>
        cache is null
            ? corpus.Events.AsParallel().AsOrdered().SelectMany(e => ForEvent(corpus.Subset(corpus.ArticlesIn(e)))).ToList()
            : cache.PerEvent(corpus, "outlet-event-rows", ForEvent);

    /// <summary>The per-article rows of every event, through the cache file at <paramref name="cachePath"/>.</summary>
    public static IReadOnlyList<OutletEventRow> PerEvent(Corpus corpus, string cachePath)
    {
        using var cache = new AnalysisCache(cachePath);
        return PerEvent(corpus, cache);
    }

    /// <summary>The rows of one event's articles.</summary>
    public static IEnumerable<OutletEventRow> ForEvent(Corpus eventCorpus)
    {
        var quotes = Quotes.Extract(eventCorpus);
        var clusterOutlets = quotes.Clusters.ToDictionary(c => c.Id, c => c.Outlets.Count);
        var claims = NumericClaims.Extract(eventCorpus);
        var pairs = NumericDisagreements.Find(eventCorpus, claims).SelectMany(g => g.Pairs).ToList();
        foreach (var article in eventCorpus.Articles)
        {
            var mine = quotes.Attributed.Where(q => q.Article == article.Id).ToList();
            var compared = pairs.SelectMany(p => new[] { p.A, p.B }).Where(c => c.Article == article.Id).Distinct().ToList();
            var conflicting = pairs.Where(p => p.Verdict == ClaimVerdict.Conflict).SelectMany(p => new[] { p.A, p.B })
                .Where(c => c.Article == article.Id).Distinct().Count();
            yield return new OutletEventRow(article.Event, article.Outlet, article.Id,
                quotes.Quotes.Count(q => q.Article == article.Id), mine.Count,
                mine.Count(q => clusterOutlets[q.Cluster] > 1),
                claims.Count(c => c.Article == article.Id), compared.Count, conflicting,
                mine.Select(q => q.Speaker).OfType<string>().Distinct().ToList());
        }
    }

    /// <summary>The rows summed by outlet, largest outlets first; outlets with fewer than <paramref name="minArticles"/> articles left out.</summary>
    public static IReadOnlyList<OutletProfile> Aggregate(IEnumerable<OutletEventRow> rows, int minArticles = 1) =>
        rows.GroupBy(r => r.Outlet)
            .Where(g => g.Count() >= minArticles)
            .Select(g => new OutletProfile(
                g.Key,
                g.Count(),
                g.Select(r => r.Event).Distinct().Count(),
                g.Sum(r => r.AttributedQuotes),
                Rate(g.Sum(r => r.QuotesCarriedElsewhere), g.Sum(r => r.AttributedQuotes)),
                g.Sum(r => r.ClaimsCompared),
                g.Sum(r => r.ClaimsInConflict),
                Rate(g.Sum(r => r.ClaimsInConflict), g.Sum(r => r.ClaimsCompared)),
                string.Join(", ", g.SelectMany(r => r.Speakers).GroupBy(s => s).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal)
                    .Take(3).Select(s => $"{s.Key} ({s.Count()})"))))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Outlet, StringComparer.Ordinal)
            .ToList();

    static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 3);
}
