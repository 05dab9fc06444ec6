using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>The file formats of <see cref="TableFiles"/>.</summary>
public enum TableFileFormat { Parquet, Arrow, Csv }

/// <summary>
/// Tables as files that DuckDB, Spark, pandas or R read as they are: <c>TableFiles.WriteParquet(frame, path)</c>,
/// <c>WriteArrow</c>, <c>WriteCsv</c>, and every table of a corpus into a folder with <see cref="WriteAll"/>. Every write
/// is atomic (a temporary file beside the target, then a rename), so a reader never sees half a file.
/// </summary>
public static class TableFiles
{
    public static void WriteParquet(DataFrame frame, string path) => AtomicFile.Write(path, s => ParquetTables.Write(frame, s));
    public static void WriteArrow(DataFrame frame, string path) => AtomicFile.Write(path, s => ArrowTables.Write(frame, s));
    public static void WriteCsv(DataFrame frame, string path) => AtomicFile.WriteAllText(path, ToCsv(frame));

    public static void Write(DataFrame frame, string path, TableFileFormat format)
    {
        switch (format)
        {
            case TableFileFormat.Parquet: WriteParquet(frame, path); break;
            case TableFileFormat.Arrow: WriteArrow(frame, path); break;
            default: WriteCsv(frame, path); break;
        }
    }

    public static DataFrame ReadParquet(string path)
    {
        using var stream = File.OpenRead(path);
        return ParquetTables.Read(stream);
    }

    public static DataFrame ReadArrow(string path)
    {
        using var stream = File.OpenRead(path);
        return ArrowTables.Read(stream);
    }

    /// <summary>The file extension of a format: `.parquet`, `.arrow` or `.csv`.</summary>
    public static string Extension(TableFileFormat format) => format switch
    {
        TableFileFormat.Parquet => ".parquet",
        TableFileFormat.Arrow => ".arrow",
        _ => ".csv",
    };

    /// <summary>
    /// Writes each table into <paramref name="folder"/> (created when missing) as NAME.parquet, NAME.arrow or NAME.csv
    /// and returns the paths written. Refuses a path that exists and is not a folder, before writing anything.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<KeyValuePair<string, DataFrame>> tables, string folder, TableFileFormat format)
    {
        if (File.Exists(folder))
            throw new IOException($"'{folder}' is a file, not a folder: give a folder to write the tables into (it is created when missing).");
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, frame) in tables)
        {
            var path = Path.Combine(folder, name + Extension(format));
            Write(frame, path, format);
            written.Add(path);
        }
        return written;
    }

    /// <summary>RFC 4180 CSV with a header row: null as an empty field, days as YYYY-MM-DD, numbers invariant and round-trippable.</summary>
    public static string ToCsv(DataFrame frame)
    {
        var kinds = frame.Columns.Select(TableColumnTypes.KindOf).ToArray();
        var s = new StringBuilder();
        s.Append(string.Join(",", frame.Columns.Select(c => Field(c.Name)))).Append('\n');
        for (long r = 0; r < frame.Rows.Count; r++)
            s.Append(string.Join(",", frame.Columns.Select((c, i) => Field(Text(c[r], kinds[i]))))).Append('\n');
        return s.ToString();
    }

    static string Text(object? value, ColumnKind kind) => value switch
    {
        null => "",
        DateTime d => d.ToString(kind == ColumnKind.Date ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    static string Field(string v) =>
        v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
