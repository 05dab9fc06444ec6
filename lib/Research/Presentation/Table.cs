using System.Collections;
using System.Reflection;
using System.Text;

namespace Research;

/// <summary>
/// A table of typed rows as a notebook shows it (<see cref="TableHtml"/>: escaped, counted, limited, searchable) and as scripts take it (CSV).
/// Make one from any sequence of records: <c>Table.From(corpus.Articles)</c>.
/// </summary>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class Table
{
    public Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, string? title = null)
    {
        Columns = columns;
        Rows = rows;
        Title = title;
    }

    public string? Title { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }
    /// <summary>Rows written into HTML at all (the rest are counted: "showing 200 of 1,234 rows"); the CSV always has every row.</summary>
    public int MaxHtmlRows { get; init; } = TableHtml.DefaultMaxRows;

    /// <summary>One column a public property (in declaration order), one row a record.</summary>
    public static Table From<T>(IEnumerable<T> rows, string? title = null)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0).ToArray();
        if (properties.Length == 0 || typeof(T) == typeof(string) || typeof(T).IsPrimitive)
            return new Table(["value"], rows.Select(r => (IReadOnlyList<object?>)[r]).ToList(), title);
        return new Table(properties.Select(p => p.Name).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)(r is null ? new object?[properties.Length] : properties.Select(p => p.GetValue(r)).ToArray())).ToList(), title);
    }

    /// <summary>A table of any sequence: the columns are the public properties of its elements' type.</summary>
    public static Table FromSequence(IEnumerable rows)
    {
        var list = rows.Cast<object?>().ToList();
        var elementType = rows.GetType().GetInterfaces().Append(rows.GetType())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (elementType is null || elementType == typeof(object))
        {
            // Untyped: one type's columns only when every row is of that type, else one column of values.
            var types = list.Where(r => r is not null).Select(r => r!.GetType()).Distinct().ToList();
            elementType = types.Count == 1 ? types[0] : typeof(object);
        }
        var from = typeof(Table).GetMethod(nameof(From))!.MakeGenericMethod(elementType);
        var typed = typeof(Enumerable).GetMethod(nameof(Enumerable.Cast))!.MakeGenericMethod(elementType).Invoke(null, [list]);
        return (Table)from.Invoke(null, [typed, null])!;
    }

    public Table WithTitle(string title) => new(Columns, Rows, title) { MaxHtmlRows = MaxHtmlRows };

    /// <summary>The table as the kit's one HTML table (<see cref="TableHtml"/>): row count, scroll box, search and sort.</summary>
    public string ToHtml() => TableHtml.Render(Columns, Rows.Count, (r, c) => Rows[(int)r][c], Title, MaxHtmlRows);

    public string ToText(int maxRows = 20)
    {
        var shown = Rows.Take(maxRows).Select(r => r.Select(v => Clip(Html.Show(v), 40)).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Length, shown.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var s = new StringBuilder();
        if (Title is not null) s.AppendLine(Title);
        s.AppendLine(string.Join("  ", Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        foreach (var r in shown) s.AppendLine(string.Join("  ", r.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        s.AppendLine(RowCountNote(shown.Count));
        return s.ToString();
    }

    public override string ToString() => ToText();

    /// <summary>RFC 4180 CSV with a header row; every row, however long the table.</summary>
    public string ToCsv()
    {
        var s = new StringBuilder();
        s.Append(string.Join(",", Columns.Select(CsvField))).Append('\n');
        foreach (var r in Rows) s.Append(string.Join(",", r.Select(v => CsvField(Html.Show(v))))).Append('\n');
        return s.ToString();
    }

    /// <summary>Writes the CSV atomically: a temporary file beside <paramref name="path"/>, then a rename.</summary>
    public void WriteCsv(string path) => AtomicFile.WriteAllText(path, ToCsv());

    string RowCountNote(int shown) => shown == Rows.Count ? TableHtml.RowCount(Rows.Count) : $"showing {shown} of {TableHtml.RowCount(Rows.Count)}";

    static string CsvField(string v) =>
        v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;

    static string Clip(string v, int n) => v.Length <= n ? v : v[..(n - 1)] + "…";
}

/// <summary>The display contract's formatters for <see cref="Table"/> (and any sequence shown through it).</summary>
public sealed class TableFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new DisplayFormatter<Table>("text/html", t => t.ToHtml()),
        new DisplayFormatter<Table>("text/plain", t => t.ToText()),
    };
}
