using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Research;

namespace Research.Notebooks.Bench;

/// <summary>
/// The pipeline's stages as the benchmark runs them, shard by shard: a shard is a group of whole events, loaded,
/// analysed, written to SQLite and let go, so memory stays flat however large the corpus.
/// </summary>
internal static class BenchStages
{
    /// <summary>Stages after loading, in pipeline order; each takes the shard's corpus. The `index` stage (FTS5 and lookup indexes) follows the last shard.</summary>
    public static readonly (string Name, Action<Corpus, SqliteConnection> Run)[] Analyses =
    [
        ("sentences", (corpus, _) =>
        {
            // Splitting is part of loading; re-split every paragraph to measure the splitter alone.
            foreach (var p in corpus.Paragraphs)
            {
                var text = corpus.TextOf(p.Article);
                SentenceSplitter.Split(text.Original, text.Normalized, p.Start, p.End);
            }
        }),
        ("quotes", (corpus, _) => Quotes.Extract(corpus)),
        ("alignment", (corpus, _) =>
        {
            var pairs = SentenceAligner.Align(corpus);
            Collation.Collate(corpus, pairs);
            SourceRelations.Between(corpus, pairs);
        }),
        ("claims", (corpus, _) =>
        {
            NumericDisagreements.Find(corpus, NumericClaims.Extract(corpus));
            DateDisagreements.Find(corpus, DateClaims.Extract(corpus));
        }),
        ("database", (corpus, db) => CorpusDatabase.Append(db, corpus, tokens: false)),   // tokens: see research db --no-tokens
    ];

    public static IReadOnlyList<StageMeasure> Run(string dataset, IReadOnlyList<IReadOnlyList<string>> shards, string databasePath, Action<string> progress)
    {
        var seconds = new Dictionary<string, double>();
        var peak = new Dictionary<string, long>();
        int articles = 0;
        long bytes = 0;
        if (File.Exists(databasePath)) File.Delete(databasePath);
        using var db = CorpusDatabase.OpenNew(databasePath);
        CorpusDatabase.CreateTables(db);
        void Time(string stage, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            seconds[stage] = seconds.GetValueOrDefault(stage) + watch.Elapsed.TotalSeconds;
            peak[stage] = Math.Max(peak.GetValueOrDefault(stage), Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000);
        }
        for (var s = 0; s < shards.Count; s++)
        {
            Corpus? corpus = null;
            Time("load", () => corpus = Corpus.Load(shards[s]));
            articles += corpus!.Articles.Count;
            bytes += corpus.Articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(corpus.TextOf(a).Original));
            foreach (var (name, run) in Analyses) Time(name, () => run(corpus, db));
            progress($"{dataset}: shard {s + 1}/{shards.Count}, {articles} articles");
        }
        // The full-text and lookup indexes are built once at the end: a sort, so n log n, unlike the row writes above.
        Time("index", () => CorpusDatabase.Finish(db));
        var cores = Environment.ProcessorCount;
        return seconds.Select(kv => new StageMeasure(dataset, kv.Key, cores, articles, bytes, kv.Value, peak[kv.Key])).ToList();
    }

    /// <summary>Groups a dataset's event folders (or its one folder) into shards of about <paramref name="articlesPerShard"/> articles.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Shards(string folder, int articlesPerShard)
    {
        var events = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList();
        if (events.Count == 0) return [[folder]];
        var shards = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var count = 0;
        foreach (var e in events)
        {
            current.Add(e);
            count += Directory.GetFiles(e).Length;
            if (count >= articlesPerShard) { shards.Add(current); current = []; count = 0; }
        }
        if (current.Count > 0) shards.Add(current);
        return shards;
    }
}
