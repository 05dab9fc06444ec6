using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// A DataFrame as an Arrow IPC file (the random-access "Feather v2" format, Apache.Arrow) and back, one record batch,
/// every field nullable. Types as <see cref="TableColumnTypes"/> maps them: int32, int64, double, float, bool, utf8,
/// date32 for a column of days, timestamp[ms] for one with times of day. (Microsoft.Data.Analysis 0.23.1's own
/// <c>ToArrowRecordBatches</c> throws NotImplementedException for a StringDataFrameColumn, every table's text.)
/// </summary>
public static class ArrowTables
{
    public static void Write(DataFrame frame, Stream output)
    {
        var kinds = frame.Columns.Select(TableColumnTypes.KindOf).ToArray();
        var schema = new Schema(frame.Columns.Select((c, i) => new Field(c.Name, TypeOf(kinds[i]), nullable: true)), null);
        var arrays = frame.Columns.Select((c, i) => Array(c, kinds[i])).ToList();
        using var writer = new ArrowFileWriter(output, schema, leaveOpen: true);
        writer.WriteRecordBatch(new RecordBatch(schema, arrays, checked((int)frame.Rows.Count)));
        writer.WriteEnd();
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

    static IArrowArray Array(DataFrameColumn column, ColumnKind kind)
    {
        switch (kind)
        {
            case ColumnKind.Int32: return Fill(new Int32Array.Builder(), TableColumnTypes.Values<int>(column), (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Int64: return Fill(new Int64Array.Builder(), TableColumnTypes.Values<long>(column), (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Double: return Fill(new DoubleArray.Builder(), TableColumnTypes.Values<double>(column), (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Single: return Fill(new FloatArray.Builder(), TableColumnTypes.Values<float>(column), (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Boolean: return Fill(new BooleanArray.Builder(), TableColumnTypes.Values<bool>(column), (b, v) => b.Append(v), b => b.AppendNull()).Build();
            case ColumnKind.Date: return Fill(new Date32Array.Builder(), TableColumnTypes.Values<DateTime>(column), (b, v) => b.Append(DateOnly.FromDateTime(v)), b => b.AppendNull()).Build();
            case ColumnKind.Timestamp:
                var timestamps = new TimestampArray.Builder(new TimestampType(TimeUnit.Millisecond, (string?)null));
                return Fill(timestamps, TableColumnTypes.Values<DateTime>(column), (b, v) => b.Append(new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc))), b => b.AppendNull()).Build();
            default:
                var strings = new StringArray.Builder();
                foreach (var s in TableColumnTypes.Strings(column)) { if (s is null) strings.AppendNull(); else strings.Append(s); }
                return strings.Build();
        }
    }

    static TBuilder Fill<TBuilder, T>(TBuilder builder, T?[] values, Action<TBuilder, T> append, Action<TBuilder> appendNull) where T : struct
    {
        foreach (var v in values) { if (v is { } x) append(builder, x); else appendNull(builder); }
        return builder;
    }
}
