using System.Text.Json;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>
/// The statement keys of a gold quotes file (each quote's `cluster`, shared by the same statement in other articles),
/// and the same-statement pairs of the kit's quote clusters and sentence alignments scored against them.
/// </summary>
internal sealed record StatementGold(string Doc, int Start, int End, string Text, string Cluster)
{
    /// <summary>The gold quotes that carry a cluster key, or null when the file has none (nothing to score).</summary>
    public static List<StatementGold>? Read(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array) return null;
            var gold = quotes.EnumerateArray()
                .Where(q => q.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.String)
                .Select(q => new StatementGold(q.GetProperty("doc").GetString()!,
                    q.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : -1,
                    q.TryGetProperty("end", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : -1,
                    q.GetProperty("text").GetString() ?? "", q.GetProperty("cluster").GetString()!))
                .ToList();
            return gold.Count == 0 ? null : gold;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"error: cannot read statement keys from {path}: {e.Message.TrimEnd('.')}.");
            return null;
        }
    }

    /// <summary>Quote clusters: two gold quotes of different articles are joined when the quotes matched to them share a cluster.</summary>
    public static SameStatementScore ScoreQuotes(Corpus corpus, List<StatementGold> gold, IReadOnlyList<QuoteRow> predicted, double minOverlap)
    {
        var eventOfFile = corpus.Articles.ToDictionary(a => a.File[(a.File.LastIndexOf('/') + 1)..], a => a.Event, StringComparer.Ordinal);
        var match = QuoteScoring.Match(gold.Select(g => (g.Doc, g.Text)).ToList(), predicted.Select(p => (p.Doc, p.Text)).ToList(), minOverlap);
        return SameStatementScore.Of(gold.Count, i => gold[i].Doc, (i, j) => gold[i].Cluster == gold[j].Cluster,
            (i, j) => match[i] >= 0 && match[j] >= 0 && predicted[match[i]].Cluster == predicted[match[j]].Cluster,
            i => eventOfFile.GetValueOrDefault(gold[i].Doc, gold[i].Doc));
    }

    /// <summary>
    /// Sentence alignment: the sentences that hold a gold quote, two of different articles the same statement when they
    /// hold quotes of one cluster; found when the aligner pairs them (<paramref name="passages"/>: when they fall in one passage).
    /// </summary>
    public static SameStatementScore ScoreSentences(Corpus corpus, List<StatementGold> gold, IReadOnlyList<AlignedPair> pairs, bool passages)
    {
        var byFile = corpus.Articles.ToDictionary(a => a.File[(a.File.LastIndexOf('/') + 1)..], a => a.Id, StringComparer.Ordinal);
        var sentences = new Dictionary<(string Article, int Sentence), HashSet<string>>();
        foreach (var g in gold)
        {
            if (!byFile.TryGetValue(g.Doc, out var article)) continue;
            foreach (var s in corpus.SentencesOf(article).Where(s => s.Start < g.End && g.Start < s.End))
                (sentences.TryGetValue((article, s.Index), out var keys) ? keys : sentences[(article, s.Index)] = []).Add(g.Cluster);
        }
        var items = sentences.Keys.ToList();
        var edges = pairs.SelectMany(p => Enumerable.Range(p.SentenceB, p.SentenceBLast - p.SentenceB + 1).Select(b => ((p.ArticleA, p.SentenceA), (p.ArticleB, b)))).ToList();
        var aligned = edges.SelectMany(e => new[] { e, (e.Item2, e.Item1) }).ToHashSet();
        // Passages: sentences linked by alignments, directly or through a third source (as Collation groups them).
        var root = new Dictionary<(string, int), (string, int)>();
        (string, int) Root((string, int) x)
        {
            while (root.TryGetValue(x, out var up) && up != x) x = up;
            return x;
        }
        foreach (var (a, b) in edges)
        {
            root.TryAdd(a, a);
            root.TryAdd(b, b);
            if (Root(a) is var ra && Root(b) is var rb && ra != rb) root[rb] = ra;
        }
        Func<int, int, bool> found = passages
            ? (i, j) => root.ContainsKey(items[i]) && root.ContainsKey(items[j]) && Root(items[i]) == Root(items[j])
            : (i, j) => aligned.Contains((items[i], items[j]));
        var eventOf = corpus.Articles.ToDictionary(a => a.Id, a => a.Event, StringComparer.Ordinal);
        return SameStatementScore.Of(items.Count, i => items[i].Article, (i, j) => sentences[items[i]].Overlaps(sentences[items[j]]), found, i => eventOf[items[i].Article]);
    }
}
