using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// A DataFrame as an Arrow IPC file (the random-access "Feather v2" format, Apache.Arrow) and back, one record batch (a record batch a batch when rows are streamed),
/// every field nullable. Types as <see cref="TableColumnTypes"/> maps them: int32, int64, double, float, bool, utf8,
/// date32 for a column of days, timestamp[ms] for one with times of day. (Microsoft.Data.Analysis 0.23.1's own
/// <c>ToArrowRecordBatches</c> throws NotImplementedException for a StringDataFrameColumn, every table's text.)
/// </summary>
public static class ArrowTables
{
    public static void Write(DataFrame frame, Stream output) => Write([TableBatches.Of(frame)], output);

    /// <summary>
    /// Batches of rows (<see cref="TableBatches"/>) as one Arrow IPC file, a record batch a batch; the columns are the
    /// first batch's. Each batch is let go once written.
    /// </summary>
    public static void Write(IEnumerable<TableBatchColumn[]> batches, Stream output)
    {
        ArrowFileWriter? writer = null;
        Schema? schema = null;
        try
        {
            foreach (var batch in batches)
            {
                schema ??= new Schema(batch.Select(c => new Field(c.Name, TypeOf(c.Kind), nullable: true)), null);
                writer ??= new ArrowFileWriter(output, schema, leaveOpen: true);
                var arrays = batch.Select(Array).ToList();
                writer.WriteRecordBatch(new RecordBatch(schema, arrays, batch.Length == 0 ? 0 : batch[0].Values.Length));
            }
            writer?.WriteEnd();
        }
        finally
        {
            writer?.Dispose();
        }
    }

    public static DataFrame Read(Stream input)
    {
        using var reader = new ArrowFileReader(input, leaveOpen: true);
        var schema = reader.Schema;
        var values = schema.FieldsList.Select(_ => new List<object?>()).ToArray();
        while (reader.ReadNextRecordBatch() is { } batch)
            using (batch)
                for (var i = 0; i < values.Length; i++)
                {
                    var array = batch.Column(i);
                    for (var r = 0; r < array.Length; r++) values[i].Add(array.IsNull(r) ? null : Value(array, r));
                }
        return new DataFrame(schema.FieldsList.Select((f, i) => TableColumnTypes.Column(f.Name, KindOf(f.DataType), values[i])));
    }

    static IArrowType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 => Int32Type.Default,
        ColumnKind.Int64 => Int64Type.Default,
        ColumnKind.Double => DoubleType.Default,
        ColumnKind.Single => FloatType.Default,
        ColumnKind.Boolean => BooleanType.Default,
        ColumnKind.Date => Date32Type.Default,
        ColumnKind.Timestamp => new TimestampType(TimeUnit.Millisecond, (string?)null),
        _ => StringType.Default,
    };

    static ColumnKind KindOf(IArrowType type) => type switch
    {
        Int32Type => ColumnKind.Int32,
        Int64Type => ColumnKind.Int64,
        DoubleType => ColumnKind.Double,
        FloatType => ColumnKind.Single,
        BooleanType => ColumnKind.Boolean,
        Date32Type => ColumnKind.Date,
        TimestampType => ColumnKind.Timestamp,
        _ => ColumnKind.String,
    };

    static object? Value(IArrowArray array, int i) => array switch
    {
        Int32Array a => a.GetValue(i),
        Int64Array a => a.GetValue(i),
        DoubleArray a => a.GetValue(i),
        FloatArray a => a.GetValue(i),
        BooleanArray a => a.GetValue(i),
        Date32Array a => a.GetDateOnly(i)?.ToDateTime(TimeOnly.MinValue),
        TimestampArray a => a.GetTimestamp(i)?.DateTime,
        StringArray a => a.GetString(i),
        _ => throw new NotSupportedException($"Arrow column of type {array.Data.DataType.Name} is not read by the kit."),
    };

    static IArrowArray Array(TableBatchColumn column)
    {
        var values = column.Values;
        switch (column.Kind)
        {
            case ColumnKind.Int32: return Fill(new Int32Array.Builder(), (int?[])values, (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Int64: return Fill(new Int64Array.Builder(), (long?[])values, (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Double: return Fill(new DoubleArray.Builder(), (double?[])values, (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Single: return Fill(new FloatArray.Builder(), (float?[])values, (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Boolean: return Fill(new BooleanArray.Builder(), (bool?[])values, (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Date: return Fill(new Date32Array.Builder(), (DateTime?[])values, (b, v) => b.Append(DateOnly.FromDateTime(v)), b => b.AppendNull()).Build();
            case ColumnKind.Timestamp:
                var timestamps = new TimestampArray.Builder(new TimestampType(TimeUnit.Millisecond, (string?)null));
                return Fill(timestamps, (DateTime?[])values, (b, v) => b.Append(new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc))), b => b.AppendNull()).Build();
            default:
                var strings = new StringArray.Builder();
                foreach (var s in (string?[])values) { if (s is null) strings.AppendNull(); else strings.Append(s); }
                return strings.Build();
        }
    }

    static TBuilder Fill<TBuilder, T>(TBuilder builder, T?[] values, Action<TBuilder, T> append, Action<TBuilder> appendNull) where T : struct
    {
        foreach (var v in values) { if (v is { } x) append(builder, x); else appendNull(builder); }
        return builder;
    }
}
