using System.Collections;
using System.Reflection;
using System.Text;

namespace Research;

/// <summary>
/// A table of typed rows as a notebook shows it (an HTML table, escaped, paged when long) and as scripts take it (CSV).
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
    /// <summary>Rows shown before the rest is folded away in HTML.</summary>
    public int PageSize { get; init; } = 25;
    /// <summary>Rows written into HTML at all; the CSV always has every row.</summary>
    public int MaxHtmlRows { get; init; } = 500;

    /// <summary>One column a public property (in declaration order), one row a record.</summary>
    public static Table From<T>(IEnumerable<T> rows, string? title = null)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0).ToArray();
        if (properties.Length == 0 || typeof(T) == typeof(string) || typeof(T).IsPrimitive)
            return new Table(["value"], rows.Select(r => (IReadOnlyList<object?>)[r]).ToList(), title);
        return new Table(properties.Select(p => p.Name).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)properties.Select(p => p.GetValue(r)).ToArray()).ToList(), title);
    }

    /// <summary>A table of any sequence: the columns are the public properties of its elements' type.</summary>
    public static Table FromSequence(IEnumerable rows)
    {
        var list = rows.Cast<object?>().ToList();
        var elementType = rows.GetType().GetInterfaces().Append(rows.GetType())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (elementType is null || elementType == typeof(object)) elementType = list.FirstOrDefault(r => r is not null)?.GetType() ?? typeof(object);
        var from = typeof(Table).GetMethod(nameof(From))!.MakeGenericMethod(elementType);
        var typed = typeof(Enumerable).GetMethod(nameof(Enumerable.Cast))!.MakeGenericMethod(elementType).Invoke(null, [list]);
        return (Table)from.Invoke(null, [typed, null])!;
    }

    public Table WithTitle(string title) => new(Columns, Rows, title) { PageSize = PageSize, MaxHtmlRows = MaxHtmlRows };

    public string ToHtml()
    {
        var s = new StringBuilder();
        s.Append("<div class=\"research-table\">");
        if (Title is not null) s.Append("<p><b>").Append(Html.Escape(Title)).Append("</b></p>");
        s.Append("<table><thead><tr>");
        foreach (var c in Columns) s.Append("<th>").Append(Html.Escape(c)).Append("</th>");
        s.Append("</tr></thead><tbody>");
        var shown = Math.Min(Rows.Count, MaxHtmlRows);
        for (var r = 0; r < shown; r++)
        {
            if (r == PageSize) s.Append("</tbody></table><details><summary>").Append(Html.Escape($"show rows {PageSize + 1}–{shown} of {Rows.Count}"))
                .Append("</summary><table><thead><tr>").Append(string.Concat(Columns.Select(c => $"<th>{Html.Escape(c)}</th>"))).Append("</tr></thead><tbody>");
            s.Append("<tr>");
            foreach (var v in Rows[r]) s.Append("<td>").Append(Html.Escape(Html.Show(v))).Append("</td>");
            s.Append("</tr>");
        }
        s.Append("</tbody></table>");
        if (shown > PageSize) s.Append("</details>");
        s.Append("<p><i>").Append(Html.Escape(RowCountNote(shown))).Append("</i></p></div>");
        return s.ToString();
    }

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

    string RowCountNote(int shown) => shown == Rows.Count ? $"{Rows.Count} rows" : $"{shown} of {Rows.Count} rows shown";

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
