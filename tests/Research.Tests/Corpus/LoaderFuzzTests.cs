namespace Research.Tests.CorpusTests;

using System.Diagnostics;
using System.Text;
using Research;
using Xunit.Abstractions;

/// <summary>
/// A seeded, bounded fuzz test of the article reader, the news-please reader and the sources.csv reader: generated
/// inputs and real files' bytes mutated (<see cref="InputGenerator"/>). No exception may escape a load: every failure
/// must be a Problems row. A failing case names its seed and number and keeps its input in a file to replay.
/// Set RESEARCH_FUZZ_SEED to explore other seeds; the counts keep the whole test to about half a minute.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output) : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-fuzz-").FullName;
    static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("RESEARCH_FUZZ_SEED"), out var s) ? s : 20261201;
    const string GoodArticle = "The minister said the talks would go on.\n";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Generated articles; a seed and case that once found a bug are replayed (seed 7, case 1100: a closing mark
    /// after a quote trimmed to nothing made QuoteMarkPairing read past its list).</summary>
    [Theory]
    [InlineData(0, -1)]
    [InlineData(7, 1100)]
    public void Generated_plain_text_articles_never_throw(int seed, int only)
    {
        seed = seed == 0 ? Seed : seed;
        var g = new InputGenerator(seed);
        var cases = Run(only < 0 ? 2000 : only + 1, n =>
        {
            var (a, b) = (g.Article(), g.Article());
            if (only >= 0 && n != only) return;
            Check(n, a + "\n----\n" + b, () =>
            {
                var corpus = Research.Corpus.FromStrings([("a.txt", a), ("sub/b.txt", b)]);
                Touch(corpus);
                if (n % 20 == 0) { Quotes.Extract(corpus); SentenceAligner.Align(corpus); }
            }, seed);
        });
        output.WriteLine($"{cases} plain-text cases, seed {seed}");
    }

    [Fact]
    public void Generated_news_please_json_never_throws()
    {
        var g = new InputGenerator(Seed + 1);
        var cases = Run(2000, n =>
        {
            var json = g.NewsPleaseJson();
            Check(n, json, () => Touch(Research.Corpus.FromStrings([("a.json", json)])));
        });
        output.WriteLine($"{cases} news-please cases, seed {Seed + 1}");
    }

    [Fact]
    public void Real_files_with_their_bytes_mutated_load_or_are_named_as_problems()
    {
        var g = new InputGenerator(Seed + 2);
        var originals = Directory.GetFiles(RepoPaths.Seed, "*.txt").Take(3)
            .Concat(Directory.GetFiles(RepoPaths.NewsPlease, "*.json").Order(StringComparer.Ordinal).Take(3))
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var manifest = File.ReadAllBytes(Path.Combine(RepoPaths.Seed, "sources.csv"));
        var cases = Run(300, n =>
        {
            var dir = Path.Combine(folder, $"m{n}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "zz-good.txt"), GoodArticle);
            var (name, bytes) = originals[g.Next(originals.Count)];
            File.WriteAllBytes(Path.Combine(dir, name), g.Mutate(bytes));
            File.WriteAllBytes(Path.Combine(dir, "sources.csv"), g.Mutate(manifest));
            CheckLoad(n, dir);
        });
        output.WriteLine($"{cases} mutated-file cases, seed {Seed + 2}");
    }

    [Fact]
    public void Generated_sources_csv_in_any_encoding_never_throws()
    {
        var g = new InputGenerator(Seed + 3);
        var cases = Run(500, n =>
        {
            var dir = Path.Combine(folder, $"c{n}");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "a.txt"), GoodArticle);
            var header = g.Next(4) == 0 ? "" : "file,outlet,outlet_inferred_from,date,url,note\n";
            File.WriteAllBytes(Path.Combine(dir, "sources.csv"), g.Encode(header + g.Csv()));
            if (g.Next(3) == 0) File.WriteAllBytes(Path.Combine(dir, "b.txt"), g.Encode(g.Article()));
            CheckLoad(n, dir);
        });
        output.WriteLine($"{cases} sources.csv cases, seed {Seed + 3}");
    }

    int Run(int count, Action<int> oneCase)
    {
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++) oneCase(n);
        output.WriteLine($"{count} cases in {clock.Elapsed.TotalSeconds:0.0} s");
        return count;
    }

    void CheckLoad(int n, string dir)
    {
        try { Touch(Research.Corpus.Load(dir)); }
        catch (Exception e)
        {
            Assert.Fail($"seed {Seed}, case {n}: {e.GetType().Name} escaped loading {dir} (kept to replay): {e}");
        }
        Directory.Delete(dir, recursive: true);
    }

    void Check(int n, string input, Action action, int? seed = null)
    {
        try { action(); }
        catch (Exception e)
        {
            var kept = Path.Combine(Path.GetTempPath(), $"research-fuzz-seed{seed ?? Seed}-case{n}.txt");
            File.WriteAllText(kept, input, new UTF8Encoding(false));
            Assert.Fail($"seed {seed ?? Seed}, case {n}: {e.GetType().Name} escaped (input kept in {kept}): {e}");
        }
    }

    /// <summary>Every table of the corpus, so that lazy work (tokens) runs too.</summary>
    static void Touch(Research.Corpus corpus)
    {
        _ = corpus.Tokens.Count;
        _ = CorpusSummary.Of(corpus).ToText();
        foreach (var a in corpus.Articles) _ = corpus.TextOf(a).Normalized.Length;
    }
}
