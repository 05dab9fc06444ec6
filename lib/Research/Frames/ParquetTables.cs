using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace Research;

/// <summary>
/// A DataFrame as a Parquet file and back (Parquet.Net), one row group (a row group a batch when rows are streamed), every column optional (nullable). Types as
/// <see cref="TableColumnTypes"/> maps them: int32, int64, double, float, boolean, UTF-8 string, DATE for a column of
/// days, a timestamp (milliseconds, not adjusted to UTC) for one with times of day.
/// </summary>
public static class ParquetTables
{
    public static void Write(DataFrame frame, Stream output) => Write([TableBatches.Of(frame)], output);

    /// <summary>
    /// Batches of rows (<see cref="TableBatches"/>) as one Parquet file, a row group a batch (an empty batch writes none);
    /// the columns are the first batch's. Each batch is let go once written.
    /// </summary>
    public static void Write(IEnumerable<TableBatchColumn[]> batches, Stream output) => WriteAsync(batches, output).GetAwaiter().GetResult();

    public static DataFrame Read(Stream input) => ReadAsync(input).GetAwaiter().GetResult();

    static async Task WriteAsync(IEnumerable<TableBatchColumn[]> batches, Stream output)
    {
        ParquetWriter? writer = null;
        DataField[] fields = [];
        try
        {
            foreach (var batch in batches)
            {
                if (writer is null)
                {
                    fields = batch.Select(c => Field(c.Name, c.Kind)).ToArray();
                    writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
                }
                if (batch.Length == 0 || batch[0].Values.Length == 0) continue;
                using var group = writer.CreateRowGroup();
                for (var i = 0; i < fields.Length; i++)
                {
                    var field = fields[i];
                    var values = batch[i].Values;
                    switch (batch[i].Kind)
                    {
                        case ColumnKind.Int32: await group.WriteAsync<int>(field, (int?[])values); break;
                        case ColumnKind.Int64: await group.WriteAsync<long>(field, (long?[])values); break;
                        case ColumnKind.Double: await group.WriteAsync<double>(field, (double?[])values); break;
                        case ColumnKind.Single: await group.WriteAsync<float>(field, (float?[])values); break;
                        case ColumnKind.Boolean: await group.WriteAsync<bool>(field, (bool?[])values); break;
                        case ColumnKind.Date:
                            await group.WriteAsync<DateOnly>(field, ((DateTime?[])values).Select(d => d is { } v ? DateOnly.FromDateTime(v) : (DateOnly?)null).ToArray());
                            break;
                        case ColumnKind.Timestamp: await group.WriteAsync<DateTime>(field, (DateTime?[])values); break;
                        default: await group.WriteAsync(field, (string?[])values); break;
                    }
                }
            }
        }
        finally
        {
            if (writer is not null) await writer.DisposeAsync();
        }
    }

    static DataField Field(string name, ColumnKind kind) => kind switch
    {
        ColumnKind.Int32 => new DataField<int?>(name),
        ColumnKind.Int64 => new DataField<long?>(name),
        ColumnKind.Double => new DataField<double?>(name),
        ColumnKind.Single => new DataField<float?>(name),
        ColumnKind.Boolean => new DataField<bool?>(name),
        ColumnKind.Date => new DataField<DateOnly?>(name),
        ColumnKind.Timestamp => new DateTimeDataField(name, DateTimeFormat.DateAndTime, isAdjustedToUTC: false, isNullable: true),
        _ => new DataField<string>(name, nullable: true),
    };

    static async Task<DataFrame> ReadAsync(Stream input)
    {
        await using var reader = await ParquetReader.CreateAsync(input, new ParquetOptions { UseDateOnlyTypeForDates = true }, leaveStreamOpen: true);
        var fields = reader.Schema.GetDataFields();
        var values = fields.Select(_ => new List<object?>()).ToArray();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            for (var i = 0; i < fields.Length; i++) values[i].AddRange(await ReadColumn(group, fields[i], n));
        }
        return new DataFrame(fields.Select((f, i) => TableColumnTypes.Column(f.Name, KindOf(f.ClrType), values[i])));
    }

    static ColumnKind KindOf(Type clr) =>
        clr == typeof(int) ? ColumnKind.Int32 : clr == typeof(long) ? ColumnKind.Int64 : clr == typeof(double) ? ColumnKind.Double
        : clr == typeof(float) ? ColumnKind.Single : clr == typeof(bool) ? ColumnKind.Boolean : clr == typeof(DateOnly) ? ColumnKind.Date
        : clr == typeof(DateTime) ? ColumnKind.Timestamp : ColumnKind.String;

    static async Task<IEnumerable<object?>> ReadColumn(ParquetRowGroupReader group, DataField field, int n)
    {
        async Task<IEnumerable<object?>> Nullable<T>() where T : struct
        {
            if (field.IsNullable)
            {
                var buffer = new T?[n];
                await group.ReadAsync<T>(field, buffer.AsMemory());
                return buffer.Select(v => (object?)v);
            }
            var plain = new T[n];
            await group.ReadAsync<T>(field, plain.AsMemory());
            return plain.Select(v => (object?)v);
        }
        switch (KindOf(field.ClrType))
        {
            case ColumnKind.Int32: return await Nullable<int>();
            case ColumnKind.Int64: return await Nullable<long>();
            case ColumnKind.Double: return await Nullable<double>();
            case ColumnKind.Single: return await Nullable<float>();
            case ColumnKind.Boolean: return await Nullable<bool>();
            case ColumnKind.Date: return (await Nullable<DateOnly>()).Select(v => v is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (object?)null);
            case ColumnKind.Timestamp: return await Nullable<DateTime>();
            default:
                var strings = new string?[n];
                await group.ReadAsync(field, strings.AsMemory());
                return strings;
        }
    }
}
