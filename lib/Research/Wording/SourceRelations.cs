namespace Research;

/// <summary>Source relations for every pair of articles of each event (see <see cref="SourceRelation"/>).</summary>
public static class SourceRelations
{
    const int Run = 8;

    public static IReadOnlyList<SourceRelation> Between(Corpus corpus, IReadOnlyList<AlignedPair> pairs)
    {
        var shared = pairs.GroupBy(p => Key(p.ArticleA, p.ArticleB)).ToDictionary(g => g.Key, g => g.Count());
        // Events are independent: on all cores, in event order.
        return corpus.Events.AsParallel().AsOrdered().SelectMany(ev => ForEvent(corpus, ev, shared)).ToList();
    }

    static List<SourceRelation> ForEvent(Corpus corpus, string ev, Dictionary<(string, string), int> shared)
    {
        var articles = corpus.ArticlesIn(ev).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (articles.Count < 2) return [];   // no pair to relate: its runs are not worth making (millions for one huge article)
        var runs = articles.ToDictionary(a => a.Id, a => Runs(corpus, a));
        var runSets = new Dictionary<string, HashSet<ulong>>();
        HashSet<ulong> SetOf(string id) => runSets.TryGetValue(id, out var set) ? set : runSets[id] = [.. runs[id]];
        var relations = new List<SourceRelation>();
        for (var i = 0; i < articles.Count; i++)
            for (var j = i + 1; j < articles.Count; j++)
            {
                var (a, b) = (articles[i], articles[j]);
                var n = shared.GetValueOrDefault(Key(a.Id, b.Id));
                var shorter = Math.Max(1, Math.Min(corpus.SentencesOf(a.Id).Count, corpus.SentencesOf(b.Id).Count));
                var (small, large) = runs[a.Id].Length <= runs[b.Id].Length ? (a.Id, b.Id) : (b.Id, a.Id);
                var (share, longest) = Verbatim(runs[small], SetOf(large));
                var statementShare = Math.Round((double)n / shorter, 3);
                var verdict = share >= 0.3 || longest >= 25 ? "copy" : statementShare >= 0.2 && share < 0.1 ? "reworded-copy" : "related";
                string? source = a.Date is DateOnly da && b.Date is DateOnly db && da != db ? (da < db ? a.Id : b.Id) : null;
                relations.Add(new SourceRelation(ev, a.Id, b.Id, a.Outlet, b.Outlet, n, statementShare, Math.Round(share, 3), longest, verdict, source));
            }
        return relations;
    }

    static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>The article's runs of eight words (lower-cased), in order, as fingerprints.</summary>
    static ulong[] Runs(Corpus corpus, Article article)
    {
        var text = corpus.TextOf(article).Normalized;
        var words = corpus.SentencesOf(article.Id)
            .SelectMany(s => WordTokenizer.Tokenize(text, s.Start, s.End).Where(t => t.Kind != "punct").Select(t => Fingerprints.Of(text[t.Start..t.End].ToLowerInvariant())))
            .ToArray();
        return Enumerable.Range(0, Math.Max(0, words.Length - Run + 1)).Select(i => Fingerprints.Combine(words.AsSpan(i, Run))).ToArray();
    }

    /// <summary>Share of the shorter text's 8-word runs found in the other, and the longest shared run of words.</summary>
    static (double Share, int Longest) Verbatim(ulong[] small, HashSet<ulong> large)
    {
        if (small.Length == 0) return (0, 0);
        int found = 0, longest = 0, current = 0;
        foreach (var run in small)
        {
            if (large.Contains(run)) { found++; current = current == 0 ? Run : current + 1; longest = Math.Max(longest, current); }
            else current = 0;
        }
        return ((double)found / small.Length, longest);
    }
}
