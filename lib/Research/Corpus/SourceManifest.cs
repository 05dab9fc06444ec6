using System.Globalization;

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
    public static SourceManifest Read(string folder, List<LoadProblem> problems)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return Empty;
        var rows = CsvReader.Read(File.ReadAllText(path));
        if (rows.Count == 0) return Empty;
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Col(string name) => header.IndexOf(name);
        if (Col("file") < 0)
        {
            problems.Add(new LoadProblem(FileName, 1, "has no `file` column; the header must name file, outlet, outlet_inferred_from, date, url, note."));
            return Empty;
        }
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            string? Get(string name) => Col(name) is var i && i >= 0 && i < row.Count && row[i].Trim().Length > 0 ? row[i].Trim() : null;
            var file = Get("file");
            if (file is null) continue;
            DateOnly? date = null; int? year = null;
            if (Get("date") is string d)
            {
                if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full)) { date = full; year = full.Year; }
                else if (d.Length == 4 && int.TryParse(d, out var y)) year = y;
                else problems.Add(new LoadProblem(FileName, r + 1, $"date '{d}' is neither YYYY-MM-DD nor a year; the row's date is ignored."));
            }
            result[file] = new Entry(file, Get("outlet"), Get("outlet_inferred_from"), date, year, Get("url"), Get("note"));
        }
        return new SourceManifest(result);
    }
}
