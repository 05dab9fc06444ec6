using System.CommandLine;
using System.Text;
using System.Text.Json;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research quotes CORPUS [--format jsonl|csv|parquet] [-o FILE]`: every quote with its speaker, cue, kind and cluster.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var format = new Option<string>("--format") { Description = "jsonl (one JSON object a line; scoreable by score_quotes.py), csv, or parquet (typed columns; needs -o FILE).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (whole, or not at all). An existing file is replaced only if it holds " +
                "this command's kind of output and is not read-only or part of the corpus.",
        };
        var force = OutputFile.ForceOption();
        var options = QuoteRowOptions.Create();
        var command = new Command("quotes", "List every quote: doc, start, end (offsets of the quoted words in the article's text), text, speaker (canonical or null), speaker_mention, speaker_phrase (the source as written, appositions included), cue, kind, attributed, cluster.")
        {
            corpusArg, format, output, force, options.AttributedOnly, options.Kinds, options.JoinSplit,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            var csv = parse.GetValue(format) == "csv";
            string? Refusal() => path is null ? null
                : OutputFile.Refusal(path, csv ? OutputFile.Kind.Csv : parse.GetValue(format) == "parquet" ? OutputFile.Kind.Parquet : OutputFile.Kind.JsonLines,
                    parse.GetValue(force), parse.GetValue(corpusArg)!, csv ? CsvHeader : null);
            if (Refusal() is string refusal) { Console.Error.WriteLine($"error: {refusal}"); return 1; }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var rows = options.Rows(Quotes.Extract(corpus), parse);
            if (parse.GetValue(format) == "parquet")
            {
                if (path is null)
                {
                    Console.Error.WriteLine("error: --format parquet writes a binary file: give it with -o FILE.parquet.");
                    return 2;
                }
                var frame = DataFrames.From(rows);
                frame.Columns.Remove("last_part"); // the columns of the CSV and JSON lines, no more
                TableFiles.WriteParquet(frame, path);
                Console.Error.WriteLine($"{rows.Count} quotes written to {path}");
                return 0;
            }
            var text = csv ? ToCsv(rows) : ToJsonLines(rows);
            if (path is null) { Console.Out.Write(text); return 0; }
            if (Refusal() is string late) { Console.Error.WriteLine($"error: {late}"); return 1; }
            if (!OutputFile.TryWrite(path, text)) return 1;
            Console.Error.WriteLine($"{rows.Count} quotes written to {path}");
            return 0;
        });
        return command;
    }

    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string ToJsonLines(IEnumerable<QuoteRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows)
            sb.Append(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["doc"] = r.Doc, ["start"] = r.Start, ["end"] = r.End, ["text"] = r.Text, ["speaker"] = r.Speaker,
                ["speaker_mention"] = r.SpeakerMention, ["speaker_phrase"] = r.SpeakerPhrase, ["cue"] = r.Cue, ["kind"] = r.Kind, ["attributed"] = r.Attributed,
                ["cluster"] = r.Cluster, ["relayed_by"] = r.RelayedBy, ["flags"] = r.Flags,
            }, Json)).Append('\n');
        return sb.ToString();
    }

    static string ToCsv(IEnumerable<QuoteRow> rows)
    {
        var sb = new StringBuilder(CsvHeader + "\n");
        foreach (var r in rows)
            sb.AppendJoin(',', new[] { r.Doc, r.Start.ToString(), r.End.ToString(), r.Text, r.Speaker, r.SpeakerMention, r.SpeakerPhrase, r.Cue, r.Kind, r.Attributed ? "true" : "false", r.Cluster, r.RelayedBy, r.Flags }.Select(Csv)).Append('\n');
        return sb.ToString();
    }

    const string CsvHeader = "doc,start,end,text,speaker,speaker_mention,speaker_phrase,cue,kind,attributed,cluster,relayed_by,flags";

    static string Csv(string? v) => CsvCell.Text(v);
}
