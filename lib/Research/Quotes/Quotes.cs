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
        // Articles are independent: extracted on all cores, in article order.
        var perArticle = corpus.Articles.AsParallel().AsOrdered().Select(a => (Article: a, Found: ArticleQuoteExtractor.Extract(corpus.TextOf(a), corpus.ParagraphsOf(a.Id), corpus.SentencesOf(a.Id), lex))).ToList();
        var index = new SpeakerIndex(perArticle.SelectMany(x => x.Found).SelectMany(q => new[] { q.Person, q.Relay }).OfType<ArticlePeople.Person>());

        var drafts = new List<Quote>();
        foreach (var (article, found) in perArticle)
        {
            var original = corpus.TextOf(article).Original;
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                drafts.Add(new Quote($"{article.Id}#{i + 1}", article.Id, article.File, Sources.Of(article), f.Start, f.End, original[f.Start..f.End],
                    f.Kind, f.Attributed, f.Attributed ? index.CanonicalOf(f.Person) : null, f.Attributed ? f.Mention?.Text : null, f.Cue, "",
                    index.CanonicalOf(f.Relay) ?? f.RelayText, f.SplitOf >= 0 ? $"{article.Id}#{f.SplitOf + 1}" : null, f.Paragraph, f.Flags,
                    f.Attributed ? f.Phrase : null));
            }
        }

        var eventOf = corpus.Articles.ToDictionary(a => a.Id, a => a.Event, StringComparer.Ordinal);
        var roots = QuoteClustering.Cluster(drafts.Select(q => q.Text).ToList(), lex, drafts.Select(q => (q.Attributed ? q.Speaker : null, eventOf[q.Article], q.Article)).ToList());
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < roots.Length; i++)
        {
            if (!members.TryGetValue(roots[i], out var list)) members[roots[i]] = list = [];
            list.Add(i);
        }
        var groups = members.Values.Select(g => (Members: g, Outlets: g.Count == 1 ? 1 : g.Select(i => drafts[i].Outlet).Distinct().Count()))
            .OrderByDescending(g => g.Outlets).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Members[0]).ToList();
        var quotes = new Quote[drafts.Count];
        var clusters = new List<QuoteCluster>(groups.Count);
        for (var c = 0; c < groups.Count; c++)
        {
            var id = $"C{c + 1}";
            var inCluster = new List<Quote>(groups[c].Members.Count);
            foreach (var i in groups[c].Members) inCluster.Add(quotes[i] = drafts[i] with { Cluster = id });
            clusters.Add(MakeCluster(id, inCluster));
        }
        var speakers = quotes.Where(q => q.Attributed && q.Speaker is not null).GroupBy(q => q.Speaker!)
            .Select(g => new Speaker(g.Key, Variants(index, g), g.Count(), g.Select(q => q.Outlet).Distinct().Order(StringComparer.Ordinal).ToList(),
                index.IsNamed(g.Key)))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new QuoteSet(quotes, speakers, clusters, MisattributionFinder.Find(corpus, quotes, clusters, index.IsNamed));
    }

    static IReadOnlyList<string> Variants(SpeakerIndex index, IEnumerable<Quote> quotes)
    {
        var name = quotes.First().Speaker!;
        var surname = SpeakerNames.Fold(name[(name.LastIndexOf(' ') + 1)..]);
        // Spellings of the name only: "he" and "the US foreign minister" are how it was referred to, not how it was spelled.
        bool Spelled(string mention) => mention.Contains(name[(name.LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase) || mention.Split(' ').Any(w => SpeakerNames.Fold(w) == surname);
        var list = quotes.Select(q => q.SpeakerMention).OfType<string>().Where(Spelled).ToList();
        return list.Concat(index.VariantsOf(name).Where(Spelled)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    static QuoteCluster MakeCluster(string id, List<Quote> quotes)
    {
        if (quotes.Count == 1)
        {
            var q = quotes[0];
            return new QuoteCluster(id, q.Text, q.Attributed && q.Speaker is not null ? [q.Speaker] : [], [q.Outlet], [q.Article],
                [new QuoteVariant(q.Id, q.Article, q.Outlet, q.Text, q.Speaker, q.Kind, q.Text)]);
        }
        var wording = quotes.GroupBy(q => q.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var speakers = quotes.Where(q => q.Attributed && q.Speaker is not null).GroupBy(q => q.Speaker!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var variants = quotes.Select(q => new QuoteVariant(q.Id, q.Article, q.Outlet, q.Text, q.Speaker, q.Kind, wording)).ToList();
        return new QuoteCluster(id, wording, speakers, quotes.Select(q => q.Outlet).Distinct().ToList(),
            quotes.Select(q => q.Article).Distinct().ToList(), variants);
    }
}
