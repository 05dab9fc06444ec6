using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>
/// The `--format jsonl|csv|parquet` and `-o FILE` options every analysis command shares, and writing rows with them:
/// JSON lines with snake_case keys (nested lists kept), CSV through <see cref="Table"/>, or Parquet through
/// <see cref="DataFrames"/> (the flat rows, typed as in data/README.md; needs -o). A file is written atomically;
/// without -o the rows go to standard output.
/// </summary>
internal sealed class OutputFormat
{
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "jsonl (one JSON object a line), csv, or parquet (typed columns; needs -o FILE).",
        DefaultValueFactory = _ => "jsonl",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output (whole, or not at all). An existing file is replaced only if it holds this " +
            "command's kind of output and is not read-only or part of the corpus.",
    };

    public Option<bool> Force { get; } = OutputFile.ForceOption();

    Argument<string[]>? corpus;

    public OutputFormat() => Format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Format) == "parquet" && result.GetValue(Output) is null)
                result.AddError("--format parquet writes a binary file: give it with -o FILE.parquet.");
        });
        command.Options.Add(Force);
        corpus = command.Arguments.OfType<Argument<string[]>>().FirstOrDefault();
    }

    /// <summary>Why -o must not be written, printed, or null: checked before the analysis runs, so a refusal costs no time.</summary>
    public string? Refusal(ParseResult parse, string? csvHeader = null) =>
        parse.GetValue(Output) is FileInfo file
            ? OutputFile.Refusal(file.ToString(), parse.GetValue(Format) switch { "csv" => OutputFile.Kind.Csv, "parquet" => OutputFile.Kind.Parquet, _ => OutputFile.Kind.JsonLines },
                parse.GetValue(Force), corpus is null ? [] : parse.GetValue(corpus) ?? [], csvHeader)
            : null;

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="rows"/> as JSON lines, or <paramref name="flat"/> (one row a line) as CSV; 0, or 1 after saying why not.</summary>
    public int Write<T, TFlat>(ParseResult parse, IReadOnlyList<T> rows, Func<IEnumerable<T>, IEnumerable<TFlat>> flat)
    {
        if (parse.GetValue(Format) == "parquet" && parse.GetValue(Output) is FileInfo parquet)
        {
            var frame = DataFrames.From(flat(rows));
            TableFiles.WriteParquet(frame, parquet.FullName);
            Console.Error.WriteLine($"wrote {frame.Rows.Count} rows to {parquet.FullName}");
            return 0;
        }
        var text = parse.GetValue(Format) == "csv"
            ? SafeCsv(SnakeCaseHeader(Table.From(flat(rows)))).ToCsv()
            : string.Concat(rows.Select(r => JsonSerializer.Serialize(r, Json) + "\n"));
        if (parse.GetValue(Output) is FileInfo file)
        {
            // Checked again now that the CSV header is known: the file may also have changed while the analysis ran.
            if (Refusal(parse, text[..Math.Max(0, text.IndexOf('\n'))]) is string refusal)
            {
                Console.Error.WriteLine($"error: {refusal}");
                return 1;
            }
            if (!OutputFile.TryWrite(file.FullName, text)) return 1;
            Console.Error.WriteLine($"wrote {rows.Count} rows to {file.FullName}");
        }
        else Console.Out.Write(text);
        return 0;
    }

    public int Write<T>(ParseResult parse, IReadOnlyList<T> rows) => Write(parse, rows, r => r);

    /// <summary>Text cells a spreadsheet would run as formulas, made text (see <see cref="CsvCell"/>).</summary>
    static Table SafeCsv(Table table) =>
        new(table.Columns, table.Rows.Select(r => (IReadOnlyList<object?>)r.Select(CsvCell.Defused).ToList()).ToList(), table.Title);

    /// <summary>CSV columns named as the JSON keys are: doc_a, start_a, ...</summary>
    static Table SnakeCaseHeader(Table table) =>
        new(table.Columns.Select(c => JsonNamingPolicy.SnakeCaseLower.ConvertName(c)).ToList(), table.Rows, table.Title);
}
