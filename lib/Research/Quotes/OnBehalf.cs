using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Whether an event's articles say that one speaker speaks for another, so that a statement one source credits to a
/// politician and another to the lawyer or spokesperson who issued it is one statement told two ways, not two claimants:
/// "Mary Jones, Smith's lawyer", "Smith's spokesman, Tom Kall", "Jones, a lawyer for Sen. John Smith", "a spokeswoman for
/// Smith, Mary Jones", "Jones, who represents Smith", "Smith attorney Mary Jones", "Smith ... his lawyer, Mary Jones".
/// The words that make someone speak for another are the `agent` rows of Rules/attribution-words.tsv.
/// </summary>
public static class OnBehalf
{
    static readonly string Agent = "(?:" + string.Join('|', AttributionWords.All("agent").OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
    /// <summary>Up to three capitalised words before a surname: titles and given names ("Sen. John").</summary>
    const string Before = @"(?:[A-Z][\w.'-]*\s+){0,3}";
    /// <summary>Up to two words before the agent word ("longtime", "personal").</summary>
    const string Modifiers = @"(?:[\w-]+\s+){0,2}";

    /// <summary>True when one of <paramref name="texts"/> says <paramref name="agent"/> speaks for <paramref name="principal"/> (full names or surnames).</summary>
    public static bool SpeaksFor(IEnumerable<string> texts, string agent, string principal)
    {
        var a = Regex.Escape(Surname(agent));
        var p = Regex.Escape(Surname(principal));
        if (a == p) return false;
        var patterns = new Regex(string.Join('|', new[]
        {
            $@"\b{a},\s+(?:(?:a|an|the)\s+)?{Before}{p}'s\s+{Modifiers}{Agent}\b",              // Jones, Smith's lawyer
            $@"\b{p}'s\s+{Modifiers}{Agent},?\s+{Before}{a}\b",                                   // Smith's lawyer, Mary Jones
            $@"\b{a},\s+(?:a|an|the|one)\s+{Modifiers}{Agent}\s+(?:for|to|of|representing)\s+{Before}{p}\b", // Jones, a lawyer for Smith
            $@"\b{Agent}\s+(?:for|to)\s+{Before}{p},?\s+{Before}{a}\b",                            // a spokeswoman for Smith, Mary Jones
            $@"\b{a},\s+who\s+(?:represents|speaks\s+for)\s+{Before}{p}\b",                       // Jones, who represents Smith
            $@"\b{p}\s+{Agent}\s+{Before}{a}\b",                                                  // Smith attorney Mary Jones
            $@"\b{p}\b[^.!?]{{0,150}}\b(?:his|her|their)\s+{Modifiers}{Agent},?\s+{Before}{a}\b", // Smith ..., his lawyer, Mary Jones
        }.Select(x => "(?:" + x + ")")), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var text in texts)
        {
            try { if (patterns.IsMatch(text)) return true; }
            catch (RegexMatchTimeoutException) { }
        }
        return false;
    }

    static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
