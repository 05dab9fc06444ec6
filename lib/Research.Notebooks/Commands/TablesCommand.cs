using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research tables CORPUS -o FOLDER [--format parquet|arrow|csv]`: every table of the kit, one file a table.</summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the tables into (created when missing; files in it are replaced whole).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "parquet (default), arrow (Arrow IPC file) or csv.", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "arrow", "csv");
        var noTokens = new Option<bool>("--no-tokens") { Description = "Leave out the tokens table (most of the rows): for large corpora." };
        var command = new Command("tables",
            "Run every analysis and write each table (articles, paragraphs, sentences, tokens, removed, problems, quotes, speakers, clusters, " +
            "cluster_variants, misattributions, alignments, passages, passage_readings, source_relations, substitutions, disagreements, " +
            "numeric_claims, date_claims, outlet_events, outlets) as one file, typed as data/README.md says: DuckDB, Spark, pandas and R read them as they are.")
        { corpusArg, output, format, noTokens };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!.FullName;
            if (File.Exists(folder))
            {
                Console.Error.WriteLine($"error: '{folder}' is a file, not a folder: give -o a folder to write the tables into (it is created when missing).");
                return 2;
            }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var kind = Enum.Parse<TableFileFormat>(parse.GetValue(format)!, ignoreCase: true);
            Directory.CreateDirectory(folder);
            var written = 0;
            foreach (var table in CorpusFrames.Sources(corpus, tokens: !parse.GetValue(noTokens)))
            {
                // One table at a time, written as it is made and let go; the tokens streamed in batches.
                var path = Path.Combine(folder, table.Name + TableFiles.Extension(kind));
                var rows = table.Write(path, kind);
                Console.WriteLine($"{Path.GetFileName(path)}\t{rows} {(rows == 1 ? "row" : "rows")}");
                written++;
            }
            Console.WriteLine($"wrote {written} tables to {folder}");
            return 0;
        });
        return command;
    }
}
