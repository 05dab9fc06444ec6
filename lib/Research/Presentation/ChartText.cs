using System.Text;

namespace Research;

/// <summary>
/// Text that goes into a Plotly figure. plotly.js reads labels, titles and hover text as a small HTML dialect, so every
/// piece of the data is escaped (a speaker named "&lt;b&gt;" shows as typed, a script never runs), and long titles are
/// wrapped with &lt;br&gt; because plotly.js does not wrap.
/// </summary>
public static class ChartText
{
    /// <summary>Data as plotly.js shows it: &amp;, &lt; and &gt; as entities, which plotly.js turns back into characters.</summary>
    public static string Escape(string? text) =>
        (text ?? "").Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escaped text broken into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return string.Join("<br>", lines.Select(Escape));
    }

    /// <summary>A share as a whole percentage, "45%" (the invariant culture would write "45 %").</summary>
    public static string Percent(double share) => Math.Round(share * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A label cut to <paramref name="length"/> characters with an ellipsis (the full text stays in the hover and the data table).</summary>
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
