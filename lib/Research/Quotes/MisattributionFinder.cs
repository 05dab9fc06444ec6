namespace Research;

/// <summary>Finds misattributions: clusters whose named speakers differ, and nested attributions.</summary>
internal static class MisattributionFinder
{
    /// <param name="named">True for a canonical speaker who is a named person (not an unnamed role such as "the official").</param>
    public static List<Misattribution> Find(Corpus corpus, IReadOnlyList<Quote> quotes, IReadOnlyList<QuoteCluster> clusters, Func<string, bool> named)
    {
        var rows = new List<Misattribution>();
        var byId = quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        // The same words quoted in two events are two statements: sources disagree only about one event's quote.
        foreach (var (cluster, variants) in clusters.Where(c => c.Variants.Count > 1)
                     .SelectMany(c => c.Variants.GroupBy(v => corpus.Article(v.Article).Event).Where(g => g.Count() > 1).Select(g => (c, g.ToList()))))
        {
            // Only named people count, each once with its first quote: an unnamed "official" may well be the named one.
            var first = variants.Where(v => v.Speaker is not null && byId[v.QuoteId].Attributed && named(v.Speaker) && NamedThere(byId[v.QuoteId]))
                .GroupBy(v => v.Speaker!, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (first.Count < 2 || OnePerson(first.Select(v => v.Speaker!).ToList())) continue;
            rows.Add(new Misattribution("different-speakers", cluster.Id, first.Select(v => v.Speaker!).ToList(), first.Select(v => v.QuoteId).ToList(),
                first.Take(MaxEvidence).Select(v => Evidence(corpus, byId[v.QuoteId])).ToList()));
        }
        foreach (var q in quotes.Where(q => q.RelayedBy is not null))
            rows.Add(new Misattribution("nested", q.Cluster, new[] { q.Speaker, q.RelayedBy }.OfType<string>().Distinct().ToList(), [q.Id], [Evidence(corpus, q)]));
        return rows;
    }

    /// <summary>
    /// "Sarah Silverman" and "Comedienne Sarah": names that share a name word are one person written two ways, not two
    /// speakers, unless both are full names with one surname and different given names (Bill and Hillary Clinton).
    /// </summary>
    static bool OnePerson(IReadOnlyList<string> speakers) => speakers.Skip(1).All(s => SamePerson(speakers[0], s));

    static bool SamePerson(string a, string b)
    {
        static List<string> Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && char.IsUpper(w[0])).Select(SpeakerNames.Fold).ToList();
        var (x, y) = (Words(a), Words(b));
        if (!x.Intersect(y, StringComparer.Ordinal).Any()) return false;
        return !(x.Count >= 2 && y.Count >= 2 && x[^1] == y[^1] && x[^2] != y[^2]);
    }

    /// <summary>True when the quote's own attribution names its speaker (not "he" or "the minister", which may be resolved wrongly).</summary>
    static bool NamedThere(Quote q) =>
        q.SpeakerMention is { } m && q.Speaker is { } s && m.Contains(s[(s.LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase);

    /// <summary>Evidence sentences shown per misattribution (the speakers and quotes are all listed).</summary>
    const int MaxEvidence = 20;

    /// <summary>The sentence holding the quote's start, up to the one holding its end and the next (at most three, one paragraph).</summary>
    static EvidenceSentence Evidence(Corpus corpus, Quote q)
    {
        var sentences = corpus.SentencesOf(q.Article);
        var text = corpus.TextOf(q.Article).Original;
        if (sentences.Count == 0) return new EvidenceSentence(q.Article, q.Outlet, q.Text);
        var first = IndexAt(sentences, q.Start);
        var last = first;
        while (last + 1 < sentences.Count && last < first + 2 && sentences[last + 1].Paragraph == sentences[first].Paragraph
               && (sentences[last + 1].Start < q.End || last == IndexAt(sentences, Math.Max(q.Start, q.End - 1)))) last++;
        return new EvidenceSentence(q.Article, q.Outlet, text[sentences[first].Start..sentences[last].End].Trim());
    }

    /// <summary>The sentence that holds (or follows) a text offset, by binary search.</summary>
    static int IndexAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
