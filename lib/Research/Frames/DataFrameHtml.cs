using System.Collections;
using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// A DataFrame as the kit shows a table: <c>DataFrameHtml.ToHtml(frame)</c> is the same HTML as a <see cref="Table"/>'s
/// (<see cref="TableHtml"/>: row count, at most 200 rows, scroll box, search and sort, escaped, deterministic), and
/// <see cref="ToText"/> its plain-text form. A notebook engine registers <see cref="DataFrameFormatterSource"/> for
/// <see cref="DataFrame"/> (a type the kit cannot mark with an attribute) in place of its own formatter.
/// </summary>
public static class DataFrameHtml
{
    public static string ToHtml(DataFrame frame) => ToHtml(frame, null);

    public static string ToHtml(DataFrame frame, string? title, int maxRows = TableHtml.DefaultMaxRows) =>
        TableHtml.Render(frame.Columns.Select(c => c.Name).ToList(), frame.Rows.Count, (r, c) => frame.Columns[c][r], title, maxRows);

    public static string ToText(DataFrame frame, int maxRows = 20) => ToTable(frame, maxRows).ToText(maxRows);

    /// <summary>The first <paramref name="maxRows"/> rows as a <see cref="Table"/> that still counts every row of the frame.</summary>
    static Table ToTable(DataFrame frame, int maxRows)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (long r = 0; r < Math.Min(frame.Rows.Count, maxRows); r++) rows.Add(frame.Columns.Select(c => c[r]).ToArray());
        return new Table(frame.Columns.Select(c => c.Name).ToList(), new CountedRows(rows, frame.Rows.Count));
    }

    /// <summary>The rows a text view shows, counting the frame's rows as a whole.</summary>
    sealed class CountedRows(List<IReadOnlyList<object?>> rows, long count) : IReadOnlyList<IReadOnlyList<object?>>
    {
        public IReadOnlyList<object?> this[int index] => rows[index];
        public int Count => checked((int)count);
        public IEnumerator<IReadOnlyList<object?>> GetEnumerator() => rows.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The display contract's formatters for <see cref="DataFrame"/>: text/html and text/plain, as <see cref="TableFormatterSource"/> gives for Table.</summary>
public sealed class DataFrameFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new DisplayFormatter<DataFrame>("text/html", f => DataFrameHtml.ToHtml(f)),
        new DisplayFormatter<DataFrame>("text/plain", f => DataFrameHtml.ToText(f)),
    };
}
