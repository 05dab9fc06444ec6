using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Research;

namespace Research.Notebooks.Bench;

/// <summary>
/// `research bench peer`: the kit's quote extraction against compromise (npm, pinned in Bench/peer) on the same text,
/// in the same run: speed on one core, and F1 against gold quotes when given.
/// </summary>
internal static class PeerBenchCommand
{
    public static Command Create()
    {
        var text = new Argument<DirectoryInfo>("text") { Description = "A folder of .txt articles to time both on (e.g. ../shared/eval/polnear-train/text)." };
        var gold = new Option<FileInfo?>("--gold") { Description = "Gold quotes (eval format) for the articles of --gold-text, to score both." };
        var goldText = new Option<DirectoryInfo?>("--gold-text") { Description = "The folder of articles the gold file annotates (e.g. ../shared/eval/polnear-dev/text)." };
        var command = new Command("peer", "Time the kit's quote extraction and compromise 14.17's quotations() on the same articles (one core each), and score both against gold quotes when given.") { text, gold, goldText };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(text)!;
            if (!folder.Exists) { Console.Error.WriteLine($"error: {folder.FullName}: no such folder."); return 2; }
            var goldFile = parse.GetValue(gold);
            var goldFolder = parse.GetValue(goldText);
            if ((goldFile is null) != (goldFolder is null)) { Console.Error.WriteLine("error: --gold and --gold-text go together: the gold quotes and the folder of articles they annotate."); return 2; }
            if (goldFolder is { Exists: false }) { Console.Error.WriteLine($"error: {goldFolder.FullName}: no such folder (--gold-text)."); return 2; }
            var goldQuotes = goldFile is null ? null : Commands.EvalQuotesCommand.TryReadGold(goldFile.FullName);
            if (goldFile is not null && goldQuotes is null) return 2;
            if (!Directory.EnumerateFiles(folder.FullName, "*.txt").Any()) { Console.Error.WriteLine($"error: {folder.FullName}: no .txt articles to time (compromise reads plain text)."); return 2; }
            var peer = PeerFolder();
            if (!EnsureInstalled(peer)) return 2;
            var (theirs, theirSeconds, bytes) = RunCompromise(peer, folder.FullName);
            if (Commands.CorpusArgument.Load([folder.FullName]) is not Corpus corpus) return 2;   // says which files could not be read
            var timing = QuoteTiming.Measure(corpus, runs: 5);
            var ours = timing.BestSeconds;
            var mb = bytes / 1e6;
            Console.WriteLine($"text: {corpus.Articles.Count} articles, {mb:F2} MB");
            Console.WriteLine($"compromise 14.17 quotations(): {theirSeconds:F2} s = {mb / theirSeconds:F2} MB/s");
            Console.WriteLine($"kit Quotes.Extract (quotes, speakers, clusters), {timing.Describe(mb)}");
            Console.WriteLine($"speed ratio: {theirSeconds / ours:F0}x compromise's speed");
            if (goldQuotes is not null && goldFile is { } g && goldFolder is { } gt)
            {
                var (theirDev, _, _) = RunCompromise(peer, gt.FullName);
                if (Commands.CorpusArgument.Load([gt.FullName]) is not Corpus devCorpus) return 2;
                // The rows `research eval quotes --kind direct unopened --join-split` scores: PolNeAR's notion of a direct quote.
                var options = Commands.QuoteRowOptions.Create(attributedByDefault: true);
                var parsed = new Command("rows") { options.AttributedOnly, options.Kinds, options.JoinSplit }.Parse(["--kind", "direct", "unopened", "--join-split"]);
                var ourDev = options.Rows(Quotes.Extract(devCorpus), parsed).Select(r => new PredictedQuote(r.Doc, r.Text, r.Speaker)).ToList();
                Console.WriteLine($"compromise on {g.Name}: {QuoteScoring.Score(goldQuotes, theirDev)}");
                Console.WriteLine($"kit on {g.Name} (attributed direct quotes, split parts joined): {QuoteScoring.Score(goldQuotes, ourDev)}");
            }
            return 0;
        });
        return command;
    }

    static string PeerFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "lib", "Research.Notebooks", "Bench", "peer");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }
        return Path.Combine(Environment.CurrentDirectory, "lib", "Research.Notebooks", "Bench", "peer");
    }

    static bool EnsureInstalled(string peer)
    {
        if (Directory.Exists(Path.Combine(peer, "node_modules", "compromise"))) return true;
        Console.Error.WriteLine($"bench: installing compromise into {peer} (npm ci)");
        var (code, output) = Run("npm", peer, "ci", "--no-audit", "--no-fund");
        if (code == 0) return true;
        Console.Error.WriteLine($"error: npm ci failed in {peer}: {output}");
        return false;
    }

    static (List<PredictedQuote> Quotes, double Seconds, long Bytes) RunCompromise(string peer, string folder)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = peer, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("compromise-quotes.mjs");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var quotes = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Select(e => new PredictedQuote(e.GetProperty("doc").GetString()!, e.GetProperty("text").GetString()!, null)).ToList();
        var summary = JsonSerializer.Deserialize<JsonElement>(stderr.Trim().Split('\n')[^1]);
        return (quotes, summary.GetProperty("seconds").GetDouble(), summary.GetProperty("bytes").GetInt64());
    }

    static (int Code, string Output) Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }
}
