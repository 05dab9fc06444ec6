using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace Research;

/// <summary>
/// A DataFrame as a Parquet file and back (Parquet.Net), one row group, every column optional (nullable). Types as
/// <see cref="TableColumnTypes"/> maps them: int32, int64, double, float, boolean, UTF-8 string, DATE for a column of
/// days, a timestamp (milliseconds, not adjusted to UTC) for one with times of day.
/// </summary>
public static class ParquetTables
{
    public static void Write(DataFrame frame, Stream output) => WriteAsync(frame, output).GetAwaiter().GetResult();

    public static DataFrame Read(Stream input) => ReadAsync(input).GetAwaiter().GetResult();

    static async Task WriteAsync(DataFrame frame, Stream output)
    {
        var kinds = frame.Columns.Select(TableColumnTypes.KindOf).ToArray();
        var fields = frame.Columns.Select((c, i) => Field(c.Name, kinds[i])).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
        if (frame.Rows.Count == 0) return;
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var column = frame.Columns[i];
            var field = fields[i];
            switch (kinds[i])
            {
                case ColumnKind.Int32: await group.WriteAsync<int>(field, TableColumnTypes.Values<int>(column)); break;
                case ColumnKind.Int64: await group.WriteAsync<long>(field, TableColumnTypes.Values<long>(column)); break;
                case ColumnKind.Double: await group.WriteAsync<double>(field, TableColumnTypes.Values<double>(column)); break;
                case ColumnKind.Single: await group.WriteAsync<float>(field, TableColumnTypes.Values<float>(column)); break;
                case ColumnKind.Boolean: await group.WriteAsync<bool>(field, TableColumnTypes.Values<bool>(column)); break;
                case ColumnKind.Date:
                    await group.WriteAsync<DateOnly>(field, TableColumnTypes.Values<DateTime>(column).Select(d => d is { } v ? DateOnly.FromDateTime(v) : (DateOnly?)null).ToArray());
                    break;
                case ColumnKind.Timestamp: await group.WriteAsync<DateTime>(field, TableColumnTypes.Values<DateTime>(column)); break;
                default: await group.WriteAsync(field, TableColumnTypes.Strings(column)); break;
            }
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
