namespace Research;

/// <summary>
/// Quote extraction: <c>Quotes.Extract(corpus)</c> finds every quote with its kind, cue and speaker, makes speakers
/// canonical across the corpus, clusters the same statement across sources and lists possible misattributions.
/// </summary>
public static class Quotes
{
    /// <summary>Quotes, speakers, clusters and misattributions of a corpus.</summary>
    public static QuoteSet Extract(Corpus corpus)
    {
        var lex = QuoteLexicon.Default;
        var perArticle = corpus.Articles.Select(a => (Article: a, Found: ArticleQuoteExtractor.Extract(corpus.TextOf(a), corpus.ParagraphsOf(a.Id), corpus.SentencesOf(a.Id), lex))).ToList();
        var index = new SpeakerIndex(perArticle.SelectMany(x => x.Found).SelectMany(q => new[] { q.Person, q.Relay }).OfType<ArticlePeople.Person>());

        var drafts = new List<Quote>();
        foreach (var (article, found) in perArticle)
        {
            var original = corpus.TextOf(article).Original;
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                drafts.Add(new Quote($"{article.Id}#{i + 1}", article.Id, article.File, article.Outlet, f.Start, f.End, original[f.Start..f.End],
                    f.Kind, f.Attributed, f.Attributed ? index.CanonicalOf(f.Person) : null, f.Attributed ? f.Mention?.Text : null, f.Cue, "",
                    index.CanonicalOf(f.Relay) ?? f.RelayText, f.SplitOf >= 0 ? $"{article.Id}#{f.SplitOf + 1}" : null, f.Paragraph, f.Flags));
            }
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++) order[drafts[i].Id] = i;
        var roots = QuoteClustering.Cluster(drafts.Select(q => q.Text).ToList(), lex);
        var groups = drafts.Select((q, i) => (q, root: roots[i])).GroupBy(x => x.root)
            .Select(g => g.Select(x => x.q).ToList())
            .OrderByDescending(g => g.Select(q => q.Outlet).Distinct().Count()).ThenByDescending(g => g.Count)
            .ThenBy(g => order[g[0].Id]).ToList();
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var clusters = new List<QuoteCluster>();
        for (var c = 0; c < groups.Count; c++)
        {
            var id = $"C{c + 1}";
            foreach (var q in groups[c]) clusterOf[q.Id] = id;
            clusters.Add(MakeCluster(id, groups[c].Select(q => q with { Cluster = id }).ToList()));
        }
        var quotes = drafts.Select(q => q with { Cluster = clusterOf[q.Id] }).ToList();

        var speakers = quotes.Where(q => q.Attributed && q.Speaker is not null).GroupBy(q => q.Speaker!)
            .Select(g => new Speaker(g.Key, Variants(index, g), g.Count(), g.Select(q => q.Outlet).Distinct().Order(StringComparer.Ordinal).ToList(),
                index.IsNamed(g.Key)))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new QuoteSet(quotes, speakers, clusters, MisattributionFinder.Find(corpus, quotes, clusters));
    }

    static IReadOnlyList<string> Variants(SpeakerIndex index, IEnumerable<Quote> quotes)
    {
        var list = quotes.Select(q => q.SpeakerMention).OfType<string>().ToList();
        var name = quotes.First().Speaker!;
        return list.Concat(index.VariantsOf(name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    static QuoteCluster MakeCluster(string id, List<Quote> quotes)
    {
        var wording = quotes.GroupBy(q => q.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var speakers = quotes.Where(q => q.Attributed && q.Speaker is not null).GroupBy(q => q.Speaker!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var variants = quotes.Select(q => new QuoteVariant(q.Id, q.Article, q.Outlet, q.Text, q.Speaker, q.Kind,
            quotes.Count > 1 ? WordDiff.Between(wording, q.Text) : [new WordDiffPiece("same", q.Text)])).ToList();
        return new QuoteCluster(id, wording, speakers, quotes.Select(q => q.Outlet).Distinct().ToList(),
            quotes.Select(q => q.Article).Distinct().ToList(), variants);
    }
}
