namespace Research;

/// <summary>
/// Groups aligned sentences into passages: sentences linked by alignments (directly or through a third source) are
/// one statement. Passages are told in story order: by where they first appear, articles taken oldest first (then
/// longest first), so the passage table reads like the fullest account of the event.
/// </summary>
public static class Collation
{
    public static IReadOnlyList<Passage> Collate(Corpus corpus, IReadOnlyList<AlignedPair> pairs)
    {
        var passages = new List<Passage>();
        foreach (var byEvent in pairs.GroupBy(p => p.Event).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parent = new Dictionary<(string, int), (string, int)>();
            (string, int) Root((string, int) x)
            {
                while (parent.TryGetValue(x, out var up) && up != x) x = parent[x] = parent.GetValueOrDefault(up, up);
                return x;
            }
            foreach (var p in byEvent)
            {
                var (a, b) = ((p.ArticleA, p.SentenceA), (p.ArticleB, p.SentenceB));
                parent.TryAdd(a, a);
                parent.TryAdd(b, b);
                parent[Root(b)] = Root(a);
            }
            var order = corpus.ArticlesIn(byEvent.Key)
                .OrderBy(a => a.Date ?? DateOnly.MaxValue).ThenByDescending(a => a.Length).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
            // A sentence split in two in B: its reading runs to the second sentence (the widest span any alignment gives).
            var spans = byEvent.GroupBy(p => (p.ArticleB, p.SentenceB)).ToDictionary(g => g.Key, g => g.Max(p => p.SentenceBLast));
            var groups = parent.Keys.GroupBy(Root)
                .Select(g => g.GroupBy(s => s.Item1).Select(a => a.OrderBy(s => s.Item2).First()).ToList())
                .OrderBy(g => g.Min(s => (order[s.Item1], s.Item2)))
                .ToList();
            for (var n = 0; n < groups.Count; n++)
                passages.Add(new Passage(byEvent.Key, n + 1, groups[n]
                    .OrderBy(s => order[s.Item1])
                    .Select(s => Reading(corpus, s.Item1, s.Item2, spans.GetValueOrDefault((s.Item1, s.Item2), s.Item2)))
                    .ToList()));
        }
        return passages;
    }

    static Reading Reading(Corpus corpus, string article, int first, int last)
    {
        var sentences = corpus.SentencesOf(article);
        var (start, end) = (sentences[first].Start, sentences[last].End);
        return new Reading(article, corpus.Article(article).Outlet, first, start, end, corpus.TextOf(article).Original[start..end]);
    }
}
