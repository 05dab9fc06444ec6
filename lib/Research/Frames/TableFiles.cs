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
    public static void WriteCsv(DataFrame frame, string path) => AtomicFile.Write(path, s => WriteCsv([TableBatches.Of(frame)], s));

    /// <summary>
    /// Records as a table file, with the columns and types of <see cref="DataFrames.From{T}"/>, written in batches of
    /// <paramref name="batchRows"/> rows (a Parquet row group, an Arrow record batch, CSV rows appended) so that the
    /// table is never held whole: the way to write a table of millions of rows (a corpus's tokens). Atomic as every
    /// write here. Returns the number of rows written.
    /// </summary>
    public static long WriteRows<T>(IEnumerable<T> rows, string path, TableFileFormat format, int batchRows = TableBatches.DefaultRows)
    {
        long count = 0;
        IEnumerable<TableBatchColumn[]> Counted()
        {
            foreach (var batch in TableBatches.Of(rows, batchRows))
            {
                count += batch.Length == 0 ? 0 : batch[0].Values.Length;
                yield return batch;
            }
        }
        AtomicFile.Write(path, s =>
        {
            switch (format)
            {
                case TableFileFormat.Parquet: ParquetTables.Write(Counted(), s); break;
                case TableFileFormat.Arrow: ArrowTables.Write(Counted(), s); break;
                default: WriteCsv(Counted(), s); break;
            }
        });
        return count;
    }

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
        var s = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteCsv([TableBatches.Of(frame)], s);
        return s.ToString();
    }

    /// <summary>Batches of rows as CSV (UTF-8, no byte order mark) to <paramref name="output"/>: the header from the first batch, then the rows as they come.</summary>
    public static void WriteCsv(IEnumerable<TableBatchColumn[]> batches, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        WriteCsv(batches, writer);
    }

    static void WriteCsv(IEnumerable<TableBatchColumn[]> batches, TextWriter s)
    {
        var header = false;
        foreach (var batch in batches)
        {
            if (!header)
            {
                s.Write(string.Join(",", batch.Select(c => Field(c.Name))));
                s.Write('\n');
                header = true;
            }
            var rows = batch.Length == 0 ? 0 : batch[0].Values.Length;
            for (var r = 0; r < rows; r++)
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    if (i > 0) s.Write(',');
                    s.Write(Field(Text(batch[i].Values.GetValue(r), batch[i].Kind)));
                }
                s.Write('\n');
            }
        }
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
