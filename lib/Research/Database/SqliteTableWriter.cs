using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Research;

/// <summary>Writes a sequence of records into a SQLite table named for it, one column a property (snake_case).</summary>
public static class SqliteTableWriter
{
    /// <summary>Replaces the table with one holding <paramref name="rows"/>.</summary>
    public static void Write<T>(SqliteConnection connection, string table, IEnumerable<T> rows)
    {
        Create<T>(connection, table);
        Append(connection, table, rows);
    }

    /// <summary>Creates (or re-creates, empty) the table for records of type <typeparamref name="T"/>.</summary>
    public static void Create<T>(SqliteConnection connection, string table)
    {
        var properties = Columns<T>();
        using var create = connection.CreateCommand();
        create.CommandText = $"DROP TABLE IF EXISTS \"{table}\"; CREATE TABLE \"{table}\" (" +
            string.Join(", ", properties.Select(p => $"\"{SnakeCase(p.Name)}\" {SqlType(p.PropertyType)}")) + ")";
        create.ExecuteNonQuery();
    }

    /// <summary>Adds rows to a table made by <see cref="Create{T}"/>, in one transaction.</summary>
    public static void Append<T>(SqliteConnection connection, string table, IEnumerable<T> rows)
    {
        var properties = Columns<T>();
        var columns = properties.Select(p => SnakeCase(p.Name)).ToArray();
        var getters = properties.Select(Getter<T>).ToArray();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" VALUES (" + string.Join(", ", columns.Select((_, i) => "$p" + i)) + ")";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < getters.Length; i++) parameters[i].Value = ToSql(getters[i](row));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>A compiled getter: reflection per cell is the slowest part of writing millions of token rows.</summary>
    static Func<T, object?> Getter<T>(PropertyInfo property)
    {
        var row = System.Linq.Expressions.Expression.Parameter(typeof(T));
        var body = System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.Property(row, property), typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<T, object?>>(body, row).Compile();
    }

    static PropertyInfo[] Columns<T>() => typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && SqlType(p.PropertyType) is not null).ToArray();

    static string? SqlType(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(int) || t == typeof(long) || t == typeof(bool)) return "INTEGER";
        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal)) return "REAL";
        if (t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTime) || t.IsEnum) return "TEXT";
        return null;
    }

    static object ToSql(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1 : 0,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss"),
        Enum e => e.ToString(),
        _ => value,
    };

    public static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
