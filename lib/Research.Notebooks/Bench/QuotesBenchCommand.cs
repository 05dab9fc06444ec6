using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Research;
using Research.Notebooks.Commands;

namespace Research.Notebooks.Bench;

/// <summary>`research bench quotes CORPUS`: how fast quote extraction runs on one core, in MB of article text a second.</summary>
internal static class QuotesBenchCommand
{
    /// <summary>The `quotes` subcommand of `research bench`.</summary>
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var runs = new Option<int>("--runs") { Description = "Timed runs after three warm-up runs; the best is reported.", DefaultValueFactory = _ => 5 };
        var quotes = new Command("quotes", "Time Quotes.Extract (quotes with speakers, clusters, misattributions) on a loaded corpus, pinned to one core; prints MB/s of article text.") { corpusArg, runs };
        quotes.SetAction(parse =>
        {
            var load = Stopwatch.StartNew();
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            load.Stop();
            var mb = corpus.Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(corpus.TextOf(a).Original)) / 1_000_000.0;
            var timing = QuoteTiming.Measure(corpus, parse.GetValue(runs));
            var (best, set) = (timing.BestSeconds, timing.Quotes);
            Console.WriteLine($"corpus: {corpus.Articles.Count} articles, {mb:0.00} MB of text (UTF-8), loaded in {load.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"quotes: {set.Quotes.Count} ({set.Attributed.Count()} attributed), {set.Speakers.Count} speakers, {set.Clusters.Count} clusters");
            Console.WriteLine($"extract: {timing.Describe(mb)}");
            return 0;
        });
        return quotes;
    }
}
