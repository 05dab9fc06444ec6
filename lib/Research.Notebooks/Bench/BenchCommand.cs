using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Research;

namespace Research.Notebooks.Bench;

/// <summary>
/// `research bench`: throughput, wall time and peak memory per pipeline stage, on the real corpora and on the
/// giveme5w1h corpus scaled up synthetically, on all cores and on one, with the growth from one scale to the next.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var scales = new Option<int[]>("--scale") { Description = "Synthetic corpus sizes in articles (repeat the option). Default: 1000 10000; add 100000 for the full target.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1000, 10000] };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the figures as JSON.", DefaultValueFactory = _ => new FileInfo("bench.json") };
        var data = new Option<DirectoryInfo>("--data") { Description = "The kit's data folder.", DefaultValueFactory = _ => new DirectoryInfo("data") };
        var work = new Option<DirectoryInfo>("--work") { Description = "Where synthetic corpora and scratch databases go (kept between runs).", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "research-bench")) };
        var notebooks = new Option<DirectoryInfo>("--notebooks") { Description = "The kit's notebooks, run for the notebook stage (outputs are not written).", DefaultValueFactory = _ => new DirectoryInfo("notebooks") };
        var huge = new Option<int>("--huge-mb") { Description = "Size of the one-huge-article cases in MB: one article of this size, and two articles of half of it reporting one event for two outlets (0 leaves them out).", DefaultValueFactory = _ => 8 };
        var shard = new Option<int>("--shard") { Description = "Articles per shard (whole events).", DefaultValueFactory = _ => 2000 };
        var oneCore = new Option<bool>("--one-core-only") { Description = "Measure on one core only (the run on all cores starts one of these itself).", Hidden = true };
        var command = new Command("bench", "Measure every stage (load, sentences, quotes, alignment, claims, database rows, index; notebook run) on the real corpora, on synthetic corpora of the given sizes and on one huge article (and two of one event), on all cores and on one; print the figures and the growth per 10× articles, and save them as JSON.")
        { scales, output, data, notebooks, work, shard, huge, oneCore };
        command.Subcommands.Add(QuotesBenchCommand.Create());
        command.Subcommands.Add(PeerBenchCommand.Create());
        command.Subcommands.Add(EngineBenchCommand.Create());
        command.SetAction(async (parse, cancel) =>
        {
            var dataDir = parse.GetValue(data)!;
            if (!dataDir.Exists) { Console.Error.WriteLine($"error: {dataDir.FullName}: no such folder; run from the kit's root or give --data."); return 2; }
            var notebookDir = parse.GetValue(notebooks)!;
            if (!notebookDir.Exists) { Console.Error.WriteLine($"error: {notebookDir.FullName}: no such folder; run from the kit's root or give --notebooks."); return 2; }
            var workDir = parse.GetValue(work)!.FullName;
            var datasets = Datasets(dataDir.FullName, workDir, parse.GetValue(scales)!, parse.GetValue(huge));
            var figures = new Figures(Measure(datasets, workDir, parse.GetValue(shard)), []);
            figures.Notebooks.Add(await NotebookStage.MeasureAsync(notebookDir.FullName, workDir, line => Console.Error.WriteLine($"bench ({Environment.ProcessorCount} cores): notebooks: {line}")));
            if (parse.GetValue(oneCore)) { Console.Out.Write(JsonSerializer.Serialize(figures)); return 0; }
            if (OnOneCore(parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value).Append("--one-core-only")) is { } one)
            {
                figures.Stages.AddRange(one.Stages);
                figures.Notebooks.AddRange(one.Notebooks);
            }
            Console.Write(BenchReport.Text(figures.Stages, figures.Notebooks));
            AtomicFile.WriteAllText(parse.GetValue(output)!.FullName, JsonSerializer.Serialize(
                new { stages = figures.Stages, totals = BenchReport.Totals(figures.Stages), notebooks = figures.Notebooks, growth = BenchReport.Growth(figures.Stages) }, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"figures saved to {parse.GetValue(output)!.FullName}");
            return 0;
        });
        return command;
    }

    /// <summary>Everything one process measured; the one-core child sends its own back as JSON.</summary>
    sealed record Figures(List<StageMeasure> Stages, List<NotebookMeasure> Notebooks);

    static List<(string Name, string Folder)> Datasets(string data, string work, int[] scales, int hugeMegabytes)
    {
        var list = new List<(string, string)>
        {
            ("blinken-lavrov", Path.Combine(data, "blinken-lavrov-2021-12")),
            ("giveme5w1h", Path.Combine(data, "giveme5w1h-news-cluster")),
        };
        Corpus? source = null;
        foreach (var n in scales.Order())
        {
            var folder = Path.Combine(work, $"synthetic-{n}");
            var done = Path.Combine(folder, ".complete");
            if (!File.Exists(done))
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                source ??= Corpus.Load(Path.Combine(data, "giveme5w1h-news-cluster"));
                Console.Error.WriteLine($"bench: writing a synthetic corpus of {n:N0} articles to {folder} (once)");
                var (articles, events, bytes) = SyntheticCorpus.Write(source, n, folder);
                File.WriteAllText(done, $"{articles} articles, {events} events, {bytes} bytes\n");
            }
            list.Add(($"synthetic-{n}", folder));
        }
        if (hugeMegabytes > 0)
            list.AddRange(HugeArticles.Write(source ?? Corpus.Load(Path.Combine(data, "giveme5w1h-news-cluster")), hugeMegabytes, work));
        return list;
    }

    static List<StageMeasure> Measure(List<(string Name, string Folder)> datasets, string work, int shard)
    {
        var measures = new List<StageMeasure>();
        foreach (var (name, folder) in datasets)
        {
            var db = Path.Combine(work, $"{name}.{Environment.ProcessorCount}core.db");
            measures.AddRange(BenchStages.Run(name, BenchStages.Shards(folder, shard), db, line => Console.Error.WriteLine($"bench ({Environment.ProcessorCount} cores): {line}")));
        }
        return measures;
    }

    /// <summary>Runs the same measurement in a child process limited to one core (DOTNET_PROCESSOR_COUNT=1).</summary>
    static Figures? OnOneCore(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (!Environment.ProcessPath!.EndsWith("research", StringComparison.Ordinal)) start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        start.ArgumentList.Add("bench");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        using var child = Process.Start(start)!;
        var json = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) { Console.Error.WriteLine("bench: the one-core run failed; only all-core figures are given."); return null; }
        return JsonSerializer.Deserialize<Figures>(json);
    }
}
