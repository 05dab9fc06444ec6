using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// One column of a frame made from records: its snake_case name, the column type it gets and how a row gives its value.
/// The type rules of every table the kit writes are here, and only here (see data/README.md, "Frames and table files"):
/// string, int, long, double, float and bool keep their type (nullable or not: every frame column can hold a missing
/// value); a DateOnly is a DateTime at midnight (Microsoft.Data.Analysis has no date column); an enum is its name; a
/// list of values is one string, the values joined by "; "; a small value record (<see cref="ValueRange"/>) is one
/// column per member (<c>range_low</c>, <c>range_high</c>, ...); a list of records is left out (it is a table of its
/// own, as <see cref="CorpusFrames"/> gives it); anything else is its invariant text.
/// </summary>
public sealed class FrameColumn
{
    /// <summary>What joins the values of a list into one cell.</summary>
    public const string ListSeparator = "; ";

    FrameColumn(string name, Type type, Func<object, object?> value)
    {
        Name = name;
        Type = type;
        Value = value;
    }

    /// <summary>The column's name: the property's name in snake_case, as in SQLite and the data dictionary.</summary>
    public string Name { get; }
    /// <summary>The type of the column's values: string, int, long, double, float, bool or DateTime.</summary>
    public Type Type { get; }
    /// <summary>The value of a row, already converted to <see cref="Type"/> (or null).</summary>
    public Func<object, object?> Value { get; }

    /// <summary>The columns of records of type <paramref name="type"/>: one a public property, in declaration order.</summary>
    public static IReadOnlyList<FrameColumn> Of(Type type)
    {
        if (IsScalar(type) || ListElement(type) is not null) return [Make("value", type, r => r)];
        var columns = new List<FrameColumn>();
        foreach (var p in PublicProperties(type))
        {
            var t = p.PropertyType;
            if (IsScalar(t) || ListElement(t) is { } e && IsScalar(e))
                columns.Add(Make(SqliteTableWriter.SnakeCase(p.Name), t, Getter(p)));
            else if (IsValueRecord(t))
            {
                var get = Getter(p);
                foreach (var member in PublicProperties(t).Where(m => m.CanWrite && IsScalar(m.PropertyType)))
                    columns.Add(Make(SqliteTableWriter.SnakeCase(p.Name) + "_" + SqliteTableWriter.SnakeCase(member.Name), member.PropertyType,
                        r => get(r) is { } v ? member.GetValue(v) : null));
            }
            else if (ListElement(t) is null)
            {
                var get = Getter(p);
                columns.Add(new FrameColumn(SqliteTableWriter.SnakeCase(p.Name), typeof(string), r => Text(get(r))));
            }
            // A list of records: left out, it is a table of its own.
        }
        return columns;
    }

    /// <summary>The Microsoft.Data.Analysis column holding this column's values of <paramref name="rows"/>.</summary>
    public DataFrameColumn Build(IReadOnlyList<object> rows)
    {
        IEnumerable<T?> Values<T>() where T : struct => rows.Select(r => (T?)Value(r));
        if (Type == typeof(int)) return new Int32DataFrameColumn(Name, Values<int>());
        if (Type == typeof(long)) return new Int64DataFrameColumn(Name, Values<long>());
        if (Type == typeof(double)) return new DoubleDataFrameColumn(Name, Values<double>());
        if (Type == typeof(float)) return new SingleDataFrameColumn(Name, Values<float>());
        if (Type == typeof(bool)) return new BooleanDataFrameColumn(Name, Values<bool>());
        if (Type == typeof(DateTime)) return new DateTimeDataFrameColumn(Name, Values<DateTime>());
        return new StringDataFrameColumn(Name, rows.Select(r => (string?)Value(r)));
    }

    static FrameColumn Make(string name, Type declared, Func<object, object?> get)
    {
        var t = Nullable.GetUnderlyingType(declared) ?? declared;
        if (t == typeof(DateOnly)) return new FrameColumn(name, typeof(DateTime), r => get(r) is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : null);
        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(float) || t == typeof(bool) || t == typeof(DateTime))
            return new FrameColumn(name, t, get);
        if (t == typeof(short) || t == typeof(byte)) return new FrameColumn(name, typeof(int), r => get(r) is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null);
        if (t == typeof(decimal)) return new FrameColumn(name, typeof(double), r => get(r) is decimal v ? (double)v : null);
        return new FrameColumn(name, typeof(string), r => Text(get(r)));
    }

    /// <summary>A value as text: a list joined by <see cref="ListSeparator"/>, a date as YYYY-MM-DD, numbers invariant.</summary>
    static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(ListSeparator, e.Cast<object?>().Select(v => Text(v) ?? "")),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// The property's value of a record as a compiled delegate, <c>r => (object?)((T)r).P</c>: a table of millions of rows
    /// (a corpus's tokens) reads each property millions of times, and reflection's <c>GetValue</c> is many times slower.
    /// </summary>
    static Func<object, object?> Getter(PropertyInfo property)
    {
        var record = Expression.Parameter(typeof(object), "r");
        var value = Expression.Property(Expression.Convert(record, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), record).Compile();
    }

    static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    static bool IsScalar(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime);
    }

    /// <summary>A struct whose settable members are all scalars (a positional record struct such as <see cref="ValueRange"/>).</summary>
    static bool IsValueRecord(Type t) =>
        t.IsValueType && Nullable.GetUnderlyingType(t) is null && !IsScalar(t)
        && PublicProperties(t).Where(p => p.CanWrite).ToList() is { Count: > 0 } members && members.All(m => IsScalar(m.PropertyType));

    static Type? ListElement(Type t) =>
        t == typeof(string) ? null
        : t.IsArray ? t.GetElementType()
        : t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
