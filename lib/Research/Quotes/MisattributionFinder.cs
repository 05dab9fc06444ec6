namespace Research;

/// <summary>Finds misattributions: clusters whose named speakers differ, and nested attributions.</summary>
internal static class MisattributionFinder
{
    /// <param name="named">True for a canonical speaker who is a named person (not an unnamed role such as "the official").</param>
    public static List<Misattribution> Find(Corpus corpus, IReadOnlyList<Quote> quotes, IReadOnlyList<QuoteCluster> clusters, Func<string, bool> named)
    {
        var rows = new List<Misattribution>();
        var byId = quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Variants.Count > 1))
        {
            // Only named people count, each once with its first quote: an unnamed "official" may well be the named one.
            var first = cluster.Variants.Where(v => v.Speaker is not null && byId[v.QuoteId].Attributed && named(v.Speaker))
                .GroupBy(v => v.Speaker!, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (first.Count < 2) continue;
            rows.Add(new Misattribution("different-speakers", cluster.Id, first.Select(v => v.Speaker!).ToList(), first.Select(v => v.QuoteId).ToList(),
                first.Select(v => Evidence(corpus, byId[v.QuoteId])).ToList()));
        }
        foreach (var q in quotes.Where(q => q.RelayedBy is not null))
            rows.Add(new Misattribution("nested", q.Cluster, new[] { q.Speaker, q.RelayedBy }.OfType<string>().Distinct().ToList(), [q.Id], [Evidence(corpus, q)]));
        return rows;
    }

    /// <summary>The sentences from the one holding the quote's start to the one holding its attribution (at most three).</summary>
    static EvidenceSentence Evidence(Corpus corpus, Quote q)
    {
        var sentences = corpus.SentencesOf(q.Article);
        var first = sentences.FirstOrDefault(s => s.End > q.Start) ?? sentences[^1];
        var text = corpus.TextOf(q.Article).Original;
        var end = Math.Min(text.Length, q.End + 120);
        var last = sentences.LastOrDefault(s => s.Start <= q.End && s.Paragraph == first.Paragraph) ?? first;
        var lastIndex = Math.Min(last.Index + 1, first.Index + 2);
        var stop = sentences.Where(s => s.Index <= lastIndex && s.Paragraph == first.Paragraph).Select(s => s.End).DefaultIfEmpty(first.End).Max();
        return new EvidenceSentence(q.Article, q.Outlet, text[first.Start..Math.Min(stop, end)].Trim());
    }
}
