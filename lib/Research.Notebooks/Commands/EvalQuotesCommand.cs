using System.CommandLine;
using System.Text.Json;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research eval quotes --gold GOLD.json CORPUS`: precision, recall, F1 and speaker accuracy, with score_quotes.py's matching rule.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var gold = new Option<string>("--gold") { Description = "Gold quotes: JSON with a `quotes` array of {doc, text, speaker, also_accept?}.", Required = true };
        var docs = new Option<string?>("--docs") { Description = "Only files whose names start with one of these comma-separated prefixes (e.g. 000,001)." };
        var minOverlap = new Option<double>("--min-overlap") { Description = "Word-set Jaccard a match needs.", DefaultValueFactory = _ => 0.5 };
        var speakerField = new Option<string>("--speaker") { Description = "Which speaker the first score line compares: auto (default) takes the field the gold's speakers are comparable to: the source phrase when they are spans as written (10% or more open with a lower-case word or carry an apposition after a comma, as PolNeAR's do), else the canonical person; canonical: the person; mention: the name, pronoun or role as written; phrase: the whole source as written, appositions included. All three are printed below it.", DefaultValueFactory = _ => "auto" };
        speakerField.AcceptOnlyFromAmong(["auto", .. SpeakerFields]);
        var statementPairs = new Option<bool>("--statements") { Description = "Also score the same-statement pairs of the quote clusters against the gold's `cluster` keys (precision, recall, F1). Only for gold whose keys name one statement across the articles of an event, as the seed's do (PolNeAR's `cluster` is an attribution id within one article, so it is left out there)." };
        var options = QuoteRowOptions.Create(attributedByDefault: true);
        var command = new Command("quotes", "Score quote extraction against gold quotes (same matching rule as ../shared/eval/score_quotes.py). By default only attributed quotes are scored.")
        {
            corpusArg, gold, docs, minOverlap, speakerField, statementPairs, options.AttributedOnly, options.Kinds, options.JoinSplit,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (TryReadGold(goldPath) is not { } goldQuotes) return 2;
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var rows = options.Rows(Quotes.Extract(corpus), parse);
            var keep = (parse.GetValue(docs) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            bool Kept(string doc) => keep.Length == 0 || keep.Any(k => doc.StartsWith(k, StringComparison.Ordinal));
            var (field, why) = ChooseField(parse.GetValue(speakerField)!, goldQuotes);
            var kept = rows.Where(r => Kept(r.Doc)).ToList();
            var goldKept = goldQuotes.Where(g => Kept(g.Doc)).ToList();
            QuoteScore ScoreBy(string f) => QuoteScoring.Score(goldKept, kept.Select(r => new PredictedQuote(r.Doc, r.Text, SpeakerOf(r, f))).ToList(), parse.GetValue(minOverlap));
            var score = ScoreBy(field);
            var scope = parse.GetValue(options.AttributedOnly) ? "attributed quotes only (pass --attributed false to score every quote)" : "every quote";
            var kinds = parse.GetValue(options.Kinds) is { Length: > 0 } k ? $", kinds {string.Join('/', k)}" : "";
            Console.WriteLine($"scored: {scope}{kinds}{(parse.GetValue(options.JoinSplit) ? ", split quotes joined" : "")}; speaker = {Describe(field)}{why}");
            Console.WriteLine(score);
            // The same matched quotes, the speaker taken from each field: which one the gold's `speaker` is comparable to
            // depends on what it annotates (a canonical person, or the source span as written, as PolNeAR does).
            Console.WriteLine("speaker_acc by what is compared: " + string.Join(", ", SpeakerFields.Select(f => $"{f}={(f == field ? score : ScoreBy(f)).SpeakerAccuracy:0.000}"))
                + " (canonical: the person; mention: the name, pronoun or role as written; phrase: the whole source as written, appositions included)");
            Console.WriteLine($"speaker_acc_head={ScoreBy("canonical").SpeakerHeadAccuracy:0.000}: the canonical person compared with the gold span's head name (cut before its first comma, bracket, \"of\", \"who\", \"to\", \"from\", \"at\"), for speaker spans that run on into an apposition; speaker_acc above is the scorer's rule");
            if (parse.GetValue(statementPairs))
                Console.WriteLine("same-statement quote pairs: " + SameStatementLine(corpus, goldPath, kept, Kept, parse.GetValue(minOverlap)));
            return 0;
        });
        return command;
    }

    /// <summary>The same-statement pairs of the quote clusters scored against the gold's `cluster` keys, or why they are not.</summary>
    static string SameStatementLine(Corpus corpus, string goldPath, List<QuoteRow> kept, Func<string, bool> keep, double minOverlap)
    {
        if (StatementGold.Read(goldPath) is not { } statements)
            return $"{Path.GetFileName(goldPath)} gives no quote a `cluster` key: not scored";
        var pairs = StatementGold.ScoreQuotes(corpus, statements.Where(g => keep(g.Doc)).ToList(), kept, minOverlap);
        return pairs.GoldPairs == 0 ? "none in the gold (no cluster key is shared by two articles of one event): not scored" : pairs.ToString();
    }

    static readonly string[] SpeakerFields = ["canonical", "mention", "phrase"];

    /// <summary>The field asked for, or for auto the one the gold's speakers are comparable to, with why it was taken.</summary>
    static (string Field, string Why) ChooseField(string asked, IReadOnlyList<GoldQuote> gold)
    {
        if (asked != "auto") return (asked, "");
        if (gold.All(g => string.IsNullOrWhiteSpace(g.Speaker))) return ("canonical", " (auto: the gold names no speaker, so speaker accuracy says nothing here)");
        var share = GoldSpeakerStyle.ShareWrittenAsSpans(gold.Select(g => g.Speaker));
        return share >= GoldSpeakerStyle.WrittenSpanShare
            ? ("phrase", $" (auto: {share * 100:0}% of the gold's speakers are spans as written, pronouns, roles or names with an apposition; --speaker canonical compares the person)")
            : ("canonical", $" (auto: the gold's speakers are names; {share * 100:0}% are spans as written)");
    }

    static string? SpeakerOf(QuoteRow r, string field) => field switch
    {
        "mention" => r.SpeakerMention,
        "phrase" => r.SpeakerPhrase,
        _ => r.Speaker,
    };

    static string Describe(string field) => field switch
    {
        "mention" => "mention as written",
        "phrase" => "source phrase as written",
        _ => "canonical name",
    };

    /// <summary>The gold quotes of a file, or null after printing what is wrong with it.</summary>
    internal static List<GoldQuote>? TryReadGold(string path)
    {
        try { return ReadGold(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"error: cannot read gold file {path}: {e.Message.TrimEnd('.')}. It should be JSON with a `quotes` array of objects with `doc` and `text` (see ../shared/eval/README.md).");
            return null;
        }
    }

    static List<GoldQuote> ReadGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
            throw new InvalidOperationException("no `quotes` array at the top level");
        return quotes.EnumerateArray().Select(q => new GoldQuote(
            q.GetProperty("doc").GetString()!,
            q.GetProperty("text").GetString() ?? "",
            q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
            q.TryGetProperty("also_accept", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [])).ToList();
    }
}
