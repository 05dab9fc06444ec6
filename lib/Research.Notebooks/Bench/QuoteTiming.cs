using System.Diagnostics;
using Research;

namespace Research.Notebooks.Bench;

/// <summary>
/// How long <c>Quotes.Extract</c> takes on a corpus at steady state, on one core: the process is pinned to its first
/// CPU, warm-up runs let the JIT finish its tiers (a long run, such as a 100,000-article corpus, spends nearly all
/// its time in fully compiled code), then the best of the timed runs is kept.
/// </summary>
internal static class QuoteTiming
{
    public sealed record Result(double BestSeconds, int Runs, int WarmUps, bool Pinned, QuoteSet Quotes)
    {
        public string Describe(double megabytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"best of {Runs} runs after {WarmUps} warm-ups: {BestSeconds:0.000} s = {megabytes / BestSeconds:0.0} MB/s {CoreNote(Pinned)}");
    }

    public static Result Measure(Corpus corpus, int runs, int warmUps = 3)
    {
        var pinned = PinToOneCore();
        var set = Quotes.Extract(corpus);
        for (var w = 1; w < warmUps; w++) Quotes.Extract(corpus);
        var best = double.MaxValue;
        runs = Math.Max(1, runs);
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            set = Quotes.Extract(corpus);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return new Result(best, runs, warmUps, pinned, set);
    }

    static string CoreNote(bool pinned) => pinned ? "on one core (process pinned to one CPU)" : "could not pin the process to one CPU: figure is for all cores";

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
