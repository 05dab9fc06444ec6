using Research;

namespace Research.Notebooks.Commands;

/// <summary>
/// A CSV cell a spreadsheet reads as text: a value that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
/// (which Excel, LibreOffice and Google Sheets would run as a formula) gets a leading single quote, as OWASP's
/// "CSV Injection" page advises; then RFC 4180 quoting. Numbers are not text and are left as they are.
/// </summary>
internal static class CsvCell
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>The value a table cell holds, with text made safe as <see cref="Text"/> does, before the table's own CSV quoting.</summary>
    public static object? Defused(object? value) => value switch
    {
        null or int or long or short or byte or double or float or decimal => value,
        _ when Html.Show(value) is var s && s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' => "'" + s,
        _ => value,
    };
}
