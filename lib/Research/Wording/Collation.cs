namespace Research;

/// <summary>
/// Groups aligned sentences into passages: sentences linked by alignments (directly or through a third source) are
/// one statement. Passages are told in story order: by where they first appear, articles taken oldest first (then
/// longest first), so the passage table reads like the fullest account of the event. A clause alignment links the clause
/// that carries the statement, not its whole sentence: a long sentence whose one clause says what B says and another what
/// C says is a reading of two passages, and B and C stay apart.
/// </summary>
public static class Collation
{
    public static IReadOnlyList<Passage> Collate(Corpus corpus, IReadOnlyList<AlignedPair> pairs)
    {
        var passages = new List<Passage>();
        foreach (var byEvent in pairs.GroupBy(p => p.Event).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A node: an article's sentence, or one clause of it (Start, End in the article's text; -1 for the whole sentence).
            var parent = new Dictionary<(string Article, int Sentence, int Start, int End), (string, int, int, int)>();
            (string, int, int, int) Root((string, int, int, int) x)
            {
                while (parent.TryGetValue(x, out var up) && up != x) x = parent[x] = parent.GetValueOrDefault(up, up);
                return x;
            }
            foreach (var p in byEvent)
            {
                var a = (p.ArticleA, p.SentenceA, p.ClauseA?.Start ?? -1, p.ClauseA?.End ?? -1);
                var b = (p.ArticleB, p.SentenceB, p.ClauseB?.Start ?? -1, p.ClauseB?.End ?? -1);
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
                .Select(g => g.GroupBy(s => s.Article).Select(a => a.OrderBy(s => s.Sentence).ThenBy(s => s.Start).First()).ToList())
                .OrderBy(g => g.Min(s => (order[s.Article], s.Sentence, s.Start)))
                .ToList();
            for (var n = 0; n < groups.Count; n++)
                passages.Add(new Passage(byEvent.Key, n + 1, groups[n]
                    .OrderBy(s => order[s.Article])
                    .Select(s => s.Start >= 0
                        ? Clause(corpus, s.Article, s.Sentence, s.Start, s.End)
                        : Reading(corpus, s.Article, s.Sentence, spans.GetValueOrDefault((s.Article, s.Sentence), s.Sentence)))
                    .ToList()));
        }
        return passages;
    }

    static Reading Clause(Corpus corpus, string article, int sentence, int start, int end) =>
        new(article, corpus.Article(article).Outlet, sentence, start, end, corpus.TextOf(article).Original[start..end]);

    static Reading Reading(Corpus corpus, string article, int first, int last)
    {
        var sentences = corpus.SentencesOf(article);
        var (start, end) = (sentences[first].Start, sentences[last].End);
        return new Reading(article, corpus.Article(article).Outlet, first, start, end, corpus.TextOf(article).Original[start..end]);
    }
}
