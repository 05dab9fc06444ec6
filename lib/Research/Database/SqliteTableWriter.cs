using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Research;

/// <summary>Writes a sequence of records into a SQLite table named for it, one column a property (snake_case).</summary>
public static class SqliteTableWriter
{
    public static void Write<T>(SqliteConnection connection, string table, IEnumerable<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && SqlType(p.PropertyType) is not null).ToArray();
        var columns = properties.Select(p => SnakeCase(p.Name)).ToArray();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"DROP TABLE IF EXISTS \"{table}\"; CREATE TABLE \"{table}\" (" +
                string.Join(", ", properties.Select((p, i) => $"\"{columns[i]}\" {SqlType(p.PropertyType)}")) + ")";
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{table}\" VALUES (" + string.Join(", ", columns.Select((_, i) => "$p" + i)) + ")";
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Length; i++) parameters[i].Value = ToSql(properties[i].GetValue(row));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

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
