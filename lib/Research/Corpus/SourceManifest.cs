using System.Globalization;
using System.Text;

namespace Research;

/// <summary>
/// The optional `sources.csv` of a corpus folder: what is known about each file that its text does not say
/// (columns file, outlet, outlet_inferred_from, date, url, note; date is YYYY-MM-DD or a year alone).
/// </summary>
public sealed class SourceManifest
{
    public const string FileName = "sources.csv";

    public sealed record Entry(string File, string? Outlet, string? OutletInferredFrom, DateOnly? Date, int? Year, string? Url, string? Note);

    readonly Dictionary<string, Entry> entries;

    SourceManifest(Dictionary<string, Entry> entries) => this.entries = entries;

    public static SourceManifest Empty { get; } = new([]);

    public Entry? For(string file) => entries.GetValueOrDefault(file);

    public IReadOnlyCollection<Entry> Entries => entries.Values;

    /// <summary>Reads the folder's manifest if it has one; problems name the line and are reported, not thrown.</summary>
    public static SourceManifest Read(string folder, List<LoadProblem> problems) => Read(folder, "", LoadOptions.Default, problems);

    /// <summary>As <see cref="Read(string, List{LoadProblem})"/>, naming the file by <paramref name="display"/> (its folder relative to the corpus root).</summary>
    internal static SourceManifest Read(string folder, string display, LoadOptions options, List<LoadProblem> problems)
    {
        var path = Path.Combine(folder, FileName);
        var name = display.Length == 0 ? FileName : $"{display}/{FileName}";
        if (!File.Exists(path) && !IsSpecial(path)) return Empty;
        if (!CorpusFiles.Accept(path, name, options, problems)) return Empty;
        var bytes = ArticleFile.ReadBytes(path, name, options.MaxFileBytes, out var problem);
        if (bytes is null) { problems.Add(problem!); return Empty; }
        return Parse(Decode(bytes), name, problems);
    }

    /// <summary>A manifest from its text (for tests and callers that read the file themselves).</summary>
    internal static SourceManifest Parse(string text, string name, List<LoadProblem> problems)
    {
        var errors = new List<(int Line, string Message)>();
        var rows = CsvReader.Read(text, errors);
        foreach (var (line, message) in errors) problems.Add(new LoadProblem(name, line, message));
        if (rows.Count == 0) return Empty;
        var header = rows[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        int Col(string column) => header.IndexOf(column);
        if (Col("file") < 0)
        {
            problems.Add(new LoadProblem(name, rows[0].Line, "has no `file` column; the header must name file, outlet, outlet_inferred_from, date, url, note."));
            return Empty;
        }
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r].Fields;
            string? Get(string column) => Col(column) is var i && i >= 0 && i < row.Count && row[i].Trim().Length > 0 ? row[i].Trim() : null;
            var file = Get("file");
            if (file is null) continue;
            DateOnly? date = null; int? year = null;
            if (Get("date") is string d)
            {
                if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full)) { date = full; year = full.Year; }
                else if (d.Length == 4 && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1) year = y;
                else problems.Add(new LoadProblem(name, rows[r].Line, $"date '{d}' is neither YYYY-MM-DD nor a year; the row's date is ignored."));
            }
            result[file] = new Entry(file, Get("outlet"), Get("outlet_inferred_from"), date, year, Get("url"), Get("note"));
        }
        return new SourceManifest(result);
    }

    /// <summary>UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, UTF-16 with its mark, else Windows-1252
    /// (which reads Latin-1 text the same, and the quotes and dashes spreadsheets on Windows write).</summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return Windows1252.GetString(bytes); }
    }

    static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>A sources.csv that exists but is not a regular file (a FIFO, a link to a device): File.Exists says no, the loader must still say why it skips it.</summary>
    static bool IsSpecial(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null || FileKind.Of(path).Kind is not FileKind.Type.Regular and not FileKind.Type.Folder; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }
}
