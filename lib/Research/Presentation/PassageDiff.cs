using System.Collections;
using System.Text;

namespace Research;

/// <summary>A passage shown as a reader compares readings: each source's reading against the first, deletions struck, insertions marked.</summary>
[TypeFormatterSource(typeof(PassageDiffFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class PassageDiff(Passage passage)
{
    public Passage Passage { get; } = passage;

    public string ToHtml()
    {
        var reference = Passage.Readings[0];
        var s = new StringBuilder($"<div class=\"research-diff\"><p><b>{Html.Escape(Passage.Event)}, statement {Passage.Number}</b> ({Passage.Sources} sources)</p><table>");
        s.Append("<tr><th>source</th><th>reading (against ").Append(Html.Escape(reference.Outlet)).Append(")</th><th>differences</th></tr>");
        foreach (var reading in Passage.Readings)
        {
            s.Append("<tr><td>").Append(Html.Escape(reading.Outlet)).Append("</td><td>");
            foreach (var piece in WordDiff.Between(reference.Text, reading.Text))
                s.Append(piece.Change switch
                {
                    "removed" => $"<del style=\"color:#b31d28;background:#ffeef0\">{Html.Escape(piece.Text)}</del> ",
                    "added" => $"<ins style=\"color:#22863a;background:#e6ffed;text-decoration:none\">{Html.Escape(piece.Text)}</ins> ",
                    _ => Html.Escape(piece.Text) + " ",
                });
            var classes = reading == reference ? "" : string.Join(", ", WordingDifference.Between(reference.Text, reading.Text).GroupBy(d => d.Class).Select(g => $"{g.Key} {g.Count()}"));
            s.Append("</td><td>").Append(Html.Escape(classes)).Append("</td></tr>");
        }
        return s.Append("</table></div>").ToString();
    }

    public override string ToString() =>
        $"{Passage.Event}, statement {Passage.Number}:\n" + string.Join("\n", Passage.Readings.Select(r => $"  {r.Outlet}: {WordDiff.ToText(WordDiff.Between(Passage.Readings[0].Text, r.Text))}"));
}

/// <summary>The display contract's formatters for <see cref="PassageDiff"/>.</summary>
public sealed class PassageDiffFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new DisplayFormatter<PassageDiff>("text/html", d => d.ToHtml()),
        new DisplayFormatter<PassageDiff>("text/plain", d => d.ToString()),
    };
}
