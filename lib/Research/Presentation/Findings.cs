using System.Globalization;

namespace Research;

/// <summary>
/// What a notebook found, as a few sentences whose numbers come from the analysis results (each analysis has a
/// <c>…Findings.Of</c> that builds them): printed one a line by the notebook's last cell.
/// </summary>
public sealed record Findings(IReadOnlyList<string> Sentences)
{
    public override string ToString() => string.Join("\n", Sentences);

    /// <summary>"1 article", "3 articles": a count with its noun, singular for one.</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>A share as a whole percentage: "45%".</summary>
    public static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join("", list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
