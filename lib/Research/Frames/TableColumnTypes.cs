using System.Globalization;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>The kinds of column the table files hold, the same for Parquet, Arrow and CSV.</summary>
public enum ColumnKind { String, Int32, Int64, Double, Single, Boolean, Date, Timestamp }

/// <summary>
/// How a DataFrame column is written to a table file and read back. A DateTime column is a column of days (the kit's
/// DateOnly values, at midnight) when every value is at midnight, and a timestamp otherwise; a column of any other
/// type (byte, decimal, char, ...) is written as invariant text.
/// </summary>
public static class TableColumnTypes
{
    public static ColumnKind KindOf(DataFrameColumn column) => column switch
    {
        Int32DataFrameColumn => ColumnKind.Int32,
        Int64DataFrameColumn => ColumnKind.Int64,
        DoubleDataFrameColumn => ColumnKind.Double,
        SingleDataFrameColumn => ColumnKind.Single,
        BooleanDataFrameColumn => ColumnKind.Boolean,
        DateTimeDataFrameColumn d => Values<DateTime>(d).All(v => v is not { } t || t.TimeOfDay == TimeSpan.Zero) ? ColumnKind.Date : ColumnKind.Timestamp,
        _ => ColumnKind.String,
    };

    /// <summary>The values of a primitive column, nulls kept.</summary>
    public static T?[] Values<T>(DataFrameColumn column) where T : struct
    {
        var values = new T?[column.Length];
        for (long i = 0; i < column.Length; i++) values[i] = column[i] is T v ? v : null;
        return values;
    }

    /// <summary>The values of a column as text (a string column as it is), nulls kept.</summary>
    public static string?[] Strings(DataFrameColumn column)
    {
        var values = new string?[column.Length];
        for (long i = 0; i < column.Length; i++)
            values[i] = column[i] switch { null => null, string s => s, IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), var v => v.ToString() };
        return values;
    }

    /// <summary>A DataFrame column of <paramref name="kind"/> from values read from a file (a day is a DateTime at midnight).</summary>
    public static DataFrameColumn Column(string name, ColumnKind kind, IReadOnlyList<object?> values) => kind switch
    {
        ColumnKind.Int32 => new Int32DataFrameColumn(name, values.Select(v => (int?)v)),
        ColumnKind.Int64 => new Int64DataFrameColumn(name, values.Select(v => (long?)v)),
        ColumnKind.Double => new DoubleDataFrameColumn(name, values.Select(v => (double?)v)),
        ColumnKind.Single => new SingleDataFrameColumn(name, values.Select(v => (float?)v)),
        ColumnKind.Boolean => new BooleanDataFrameColumn(name, values.Select(v => (bool?)v)),
        ColumnKind.Date or ColumnKind.Timestamp => new DateTimeDataFrameColumn(name, values.Select(v => (DateTime?)v)),
        _ => new StringDataFrameColumn(name, values.Select(v => (string?)v)),
    };
}
