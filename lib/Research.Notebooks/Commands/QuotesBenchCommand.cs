using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research bench quotes CORPUS`: how fast quote extraction runs on one core, in MB of article text a second.</summary>
internal static class QuotesBenchCommand
{
    /// <summary>The `quotes` subcommand of `research bench`.</summary>
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run; the best is reported.", DefaultValueFactory = _ => 5 };
        var quotes = new Command("quotes", "Time Quotes.Extract (quotes with speakers, clusters, misattributions) on a loaded corpus, pinned to one core; prints MB/s of article text.") { corpusArg, runs };
        quotes.SetAction(parse =>
        {
            var pinned = PinToOneCore();
            var load = Stopwatch.StartNew();
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            load.Stop();
            var bytes = corpus.Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(corpus.TextOf(a).Original));
            var mb = bytes / 1_000_000.0;
            var set = Quotes.Extract(corpus); // warm-up: JIT and rule files
            var best = double.MaxValue;
            for (var r = 0; r < Math.Max(1, parse.GetValue(runs)); r++)
            {
                var sw = Stopwatch.StartNew();
                set = Quotes.Extract(corpus);
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            Console.WriteLine($"corpus: {corpus.Articles.Count} articles, {mb:0.00} MB of text (UTF-8), loaded in {load.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"quotes: {set.Quotes.Count} ({set.Attributed.Count()} attributed), {set.Speakers.Count} speakers, {set.Clusters.Count} clusters");
            Console.WriteLine($"extract: best of {Math.Max(1, parse.GetValue(runs))} runs {best:0.000} s = {mb / best:0.0} MB/s on one core{(pinned ? " (process pinned to one CPU)" : " (single-threaded; could not pin the process)")}");
            return 0;
        });
        return quotes;
    }

    /// <summary>Restricts the process to its first CPU, so the figure is one core's even with the GC's threads.</summary>
    static bool PinToOneCore()
    {
        try
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows()) return false;
            Process.GetCurrentProcess().ProcessorAffinity = 1;
            return true;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException) { return false; }
    }
}
