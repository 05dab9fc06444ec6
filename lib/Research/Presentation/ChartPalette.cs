using System.Text;

namespace Research;

/// <summary>
/// One palette for every chart of the kit: a verdict, a disagreement kind or a wording state has a fixed colour, and an
/// outlet (or any other name) gets a colour hashed from its name, so it keeps that colour whatever the corpus, the order
/// of the data or the notebook. Hashing over 20 colours can give two outlets of one chart the same colour; the legend and the
/// hover text still name them.
/// </summary>
public static class ChartPalette
{
    /// <summary>A cell or mark that stands for nothing there ("not carried", blank): the same light grey everywhere.</summary>
    public const string Absent = "#e6e6e6";
    /// <summary>Bars of one series with no meaning in their colour.</summary>
    public const string Neutral = "#4e79a7";

    static readonly Dictionary<string, string> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        // verdicts, from most to least serious
        ["conflict"] = "#c62828",
        ["relayed"] = "#8e44ad",
        ["different precision"] = "#ef8a17",
        ["differentprecision"] = "#ef8a17",
        ["compatible"] = "#2e7d32",
        ["same"] = "#1b5e20",
        ["variant"] = "#00897b",
        ["described differently"] = "#5c6bc0",
        ["omitted"] = "#8d6e63",
        // disagreement kinds
        ["number"] = "#1565c0",
        ["date"] = "#6a1b9a",
        ["name"] = "#00838f",
        ["description"] = "#ad1457",
        ["attribution"] = "#e65100",
        ["coverage"] = "#5d4037",
        // wording and coverage states
        ["most common wording"] = "#1f6fb4",
        ["its own wording"] = "#f28e2b",
        ["carried"] = "#1f6fb4",
        ["not carried"] = Absent,
        // quotes
        ["attributed"] = "#1f6fb4",
        ["not attributed"] = "#9aa5b1",
    };

    // Tableau 20 with its two reds swapped for cyans, so red keeps meaning "conflict".
    static readonly string[] Named =
    [
        "#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d", "#f1ce63", "#499894", "#86bcb6",
        "#17becf", "#9edae5", "#79706e", "#bab0ac", "#d37295", "#fabfd2", "#b07aa1", "#d4a6c8", "#9d7660", "#d7b5a6",
    ];

    /// <summary>The colour of a verdict, kind or state when it has a fixed one, else the hashed colour of the name.</summary>
    public static string Of(string name) => Fixed.TryGetValue(name.Trim(), out var colour) ? colour : OfName(name);

    /// <summary>The colour of an outlet (or any name): FNV-1a of the trimmed, lower-cased name over a fixed palette.</summary>
    public static string OfName(string name)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant()))
            hash = (hash ^ b) * 16777619u;
        return Named[hash % (uint)Named.Length];
    }

    /// <summary>Whether a name has a fixed colour (a verdict, kind or state) rather than a hashed one.</summary>
    public static bool IsFixed(string name) => Fixed.ContainsKey(name.Trim());
}
