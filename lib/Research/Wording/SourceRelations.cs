namespace Research;

/// <summary>Source relations for every pair of articles of each event (see <see cref="SourceRelation"/>).</summary>
public static class SourceRelations
{
    const int Run = 8;

    public static IReadOnlyList<SourceRelation> Between(Corpus corpus, IReadOnlyList<AlignedPair> pairs)
    {
        var shared = pairs.GroupBy(p => Key(p.ArticleA, p.ArticleB)).ToDictionary(g => g.Key, g => g.Count());
        var words = corpus.Articles.ToDictionary(a => a.Id, a => Words(corpus, a));
        var relations = new List<SourceRelation>();
        foreach (var ev in corpus.Events)
        {
            var articles = corpus.ArticlesIn(ev).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < articles.Count; i++)
                for (var j = i + 1; j < articles.Count; j++)
                {
                    var (a, b) = (articles[i], articles[j]);
                    var n = shared.GetValueOrDefault(Key(a.Id, b.Id));
                    var shorter = Math.Max(1, Math.Min(corpus.SentencesOf(a.Id).Count, corpus.SentencesOf(b.Id).Count));
                    var (share, longest) = Verbatim(words[a.Id], words[b.Id]);
                    var statementShare = Math.Round((double)n / shorter, 3);
                    var verdict = share >= 0.3 || longest >= 25 ? "copy" : statementShare >= 0.2 && share < 0.1 ? "reworded-copy" : "related";
                    string? source = a.Date is DateOnly da && b.Date is DateOnly db && da != db ? (da < db ? a.Id : b.Id) : null;
                    relations.Add(new SourceRelation(ev, a.Id, b.Id, a.Outlet, b.Outlet, n, statementShare, Math.Round(share, 3), longest, verdict, source));
                }
        }
        return relations;
    }

    static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    static List<string> Words(Corpus corpus, Article article)
    {
        var text = corpus.TextOf(article).Normalized;
        return corpus.SentencesOf(article.Id)
            .SelectMany(s => WordTokenizer.Tokenize(text, s.Start, s.End).Where(t => t.Kind != "punct").Select(t => text[t.Start..t.End].ToLowerInvariant()))
            .ToList();
    }

    /// <summary>Share of the shorter text's 8-word runs found in the other, and the longest shared run of words.</summary>
    static (double Share, int Longest) Verbatim(List<string> a, List<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < Run) return (0, 0);
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Run <= large.Count; i++) runs.Add(string.Join(' ', large.Skip(i).Take(Run)));
        int found = 0, longest = 0, current = 0;
        for (var i = 0; i + Run <= small.Count; i++)
        {
            if (runs.Contains(string.Join(' ', small.Skip(i).Take(Run)))) { found++; current = current == 0 ? Run : current + 1; longest = Math.Max(longest, current); }
            else current = 0;
        }
        return ((double)found / (small.Count - Run + 1), longest);
    }
}
