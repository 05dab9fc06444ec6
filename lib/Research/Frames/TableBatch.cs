using System.Globalization;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// One column of a batch of rows on its way to a table file: its name, kind and values, an array with nulls kept
/// (<c>int?[]</c>, <c>long?[]</c>, <c>double?[]</c>, <c>float?[]</c>, <c>bool?[]</c>, <c>DateTime?[]</c> for days and
/// timestamps, <c>string?[]</c> for text).
/// </summary>
public sealed record TableBatchColumn(string Name, ColumnKind Kind, Array Values);

/// <summary>
/// Rows in batches for the table writers (<see cref="ParquetTables"/>, <see cref="ArrowTables"/>, CSV): a whole
/// DataFrame is one batch; records (<see cref="TableFiles.WriteRows{T}"/>) are cut into batches of a fixed number of
/// rows, so a table of millions of rows is written without ever being held whole.
/// </summary>
public static class TableBatches
{
    /// <summary>The number of rows of a batch (a Parquet row group, an Arrow record batch) when records are streamed.</summary>
    public const int DefaultRows = 65_536;

    /// <summary>The frame as one batch, each column of the kind <see cref="TableColumnTypes.KindOf"/> gives.</summary>
    public static TableBatchColumn[] Of(DataFrame frame) => frame.Columns.Select(c =>
    {
        var kind = TableColumnTypes.KindOf(c);
        Array values = kind switch
        {
            ColumnKind.Int32 => TableColumnTypes.Values<int>(c),
            ColumnKind.Int64 => TableColumnTypes.Values<long>(c),
            ColumnKind.Double => TableColumnTypes.Values<double>(c),
            ColumnKind.Single => TableColumnTypes.Values<float>(c),
            ColumnKind.Boolean => TableColumnTypes.Values<bool>(c),
            ColumnKind.Date or ColumnKind.Timestamp => TableColumnTypes.Values<DateTime>(c),
            _ => TableColumnTypes.Strings(c),
        };
        return new TableBatchColumn(c.Name, kind, values);
    }).ToArray();

    /// <summary>
    /// Records of <typeparamref name="T"/> as batches of at most <paramref name="rows"/> rows, with the columns and types
    /// <see cref="DataFrames.From{T}"/> gives them; one empty batch when there are no records (the file still has its
    /// columns). A date column (every value at midnight) must stay one through the batches: a batch with a time of day
    /// in a column the first batch wrote as days is refused, as the file's schema is already written.
    /// </summary>
    public static IEnumerable<TableBatchColumn[]> Of<T>(IEnumerable<T> records, int rows = DefaultRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var columns = FrameColumn.Of(typeof(T));
        ColumnKind[]? kinds = null;
        var any = false;
        foreach (var chunk in records.Cast<object>().Chunk(rows))
        {
            any = true;
            var batch = columns.Select(c => Column(c, chunk)).ToArray();
            if (kinds is null) kinds = batch.Select(b => b.Kind).ToArray();
            else
                for (var i = 0; i < batch.Length; i++)
                    if (batch[i].Kind != kinds[i])
                    {
                        if (kinds[i] == ColumnKind.Timestamp && batch[i].Kind == ColumnKind.Date) batch[i] = batch[i] with { Kind = ColumnKind.Timestamp };
                        else throw new InvalidOperationException($"Column '{batch[i].Name}' holds days in the first {rows} rows and a time of day later: write it as one DataFrame.");
                    }
            yield return batch;
        }
        if (!any) yield return columns.Select(c => Column(c, [])).ToArray();
    }

    static TableBatchColumn Column(FrameColumn column, object[] rows)
    {
        T?[] Values<T>() where T : struct
        {
            var values = new T?[rows.Length];
            for (var i = 0; i < rows.Length; i++) values[i] = (T?)column.Value(rows[i]);
            return values;
        }
        var t = column.Type;
        if (t == typeof(int)) return new(column.Name, ColumnKind.Int32, Values<int>());
        if (t == typeof(long)) return new(column.Name, ColumnKind.Int64, Values<long>());
        if (t == typeof(double)) return new(column.Name, ColumnKind.Double, Values<double>());
        if (t == typeof(float)) return new(column.Name, ColumnKind.Single, Values<float>());
        if (t == typeof(bool)) return new(column.Name, ColumnKind.Boolean, Values<bool>());
        if (t == typeof(DateTime))
        {
            var days = Values<DateTime>();
            return new(column.Name, days.All(v => v is not { } d || d.TimeOfDay == TimeSpan.Zero) ? ColumnKind.Date : ColumnKind.Timestamp, days);
        }
        var strings = new string?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            strings[i] = column.Value(rows[i]) switch { null => null, string s => s, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), var v => v.ToString() };
        return new(column.Name, ColumnKind.String, strings);
    }
}
