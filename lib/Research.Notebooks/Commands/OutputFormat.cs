using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>
/// The `--format jsonl|csv` and `-o FILE` options every analysis command shares, and writing rows with them:
/// JSON lines with snake_case keys (nested lists kept), or CSV through <see cref="Table"/>. A file is written
/// atomically; without -o the rows go to standard output.
/// </summary>
internal sealed class OutputFormat
{
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "jsonl (one JSON object a line) or csv.",
        DefaultValueFactory = _ => "jsonl",
    };

    public Option<FileInfo?> Output { get; } = new("--output", "-o") { Description = "Write to this file instead of standard output." };

    public OutputFormat() => Format.AcceptOnlyFromAmong("jsonl", "csv");

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
    }

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="rows"/> as JSON lines, or <paramref name="flat"/> (one row a line) as CSV.</summary>
    public void Write<T, TFlat>(ParseResult parse, IReadOnlyList<T> rows, Func<IEnumerable<T>, IEnumerable<TFlat>> flat)
    {
        var text = parse.GetValue(Format) == "csv"
            ? Table.From(flat(rows)).ToCsv()
            : string.Concat(rows.Select(r => JsonSerializer.Serialize(r, Json) + "\n"));
        if (parse.GetValue(Output) is FileInfo file)
        {
            AtomicFile.WriteAllText(file.FullName, text);
            Console.Error.WriteLine($"wrote {rows.Count} rows to {file.FullName}");
        }
        else Console.Out.Write(text);
    }

    public void Write<T>(ParseResult parse, IReadOnlyList<T> rows) => Write(parse, rows, r => r);
}
