using System.Text;

namespace Research;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A quote that is never closed (it runs to
/// the end, or "closes" where no field ends) is an error naming the line it opens on; reading goes on from the next
/// line, so one bad row does not swallow the rest.
/// </summary>
internal static class CsvReader
{
    /// <summary>A row and the line (1-based) it starts on.</summary>
    public sealed record Row(int Line, List<string> Fields);

    public static List<Row> Read(string text) => Read(text, []);

    public static List<Row> Read(string text, List<(int Line, string Message)> errors)
    {
        var rows = new List<Row>();
        var i = 0;
        var line = 1;
        while (i < text.Length)
        {
            var rowStart = i;
            var rowLine = line;
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var quoteLine = line;
            var ended = false;
            var malformed = false;
            for (; i < text.Length && !ended; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"')
                    {
                        quoted = false;
                        // A closing quote ends its field: anything but a comma or a line end after it means this quote
                        // closes another field's opening quote, i.e. the row's own quote was never closed.
                        if (i + 1 < text.Length && text[i + 1] is not (',' or '\n' or '\r')) { malformed = true; break; }
                    }
                    else
                    {
                        if (c == '\n') line++;
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0) { quoted = true; quoteLine = line; }
                else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
                else if (c == '\n' || c == '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    line++;
                    ended = true;
                }
                else field.Append(c);
            }
            if (quoted || malformed)
            {
                errors.Add((quoteLine, "has a quote (\") that is never closed; this row is skipped and reading goes on from the next line. Close the quote, or double a quote inside a field (\"\")."));
                // Start again just after the line the bad row began on.
                var next = text.IndexOf('\n', rowStart);
                line = rowLine + 1;
                i = next < 0 ? text.Length : next + 1;
                continue;
            }
            row.Add(field.ToString());
            if (row.Count > 1 || row[0].Length > 0) rows.Add(new Row(rowLine, row));
        }
        return rows;
    }
}
