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
    static readonly string Agent = "(?i:" + string.Join('|', AttributionWords.All("agent").OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
    /// <summary>Up to three capitalised words before a surname: titles and given names ("Sen. John").</summary>
    const string Before = @"(?:[A-Z][\w.'-]*\s+){0,3}";
    /// <summary>Up to two words before the agent word ("longtime", "personal").</summary>
    const string Modifiers = @"(?:[\w-]+\s+){0,2}";

    /// <summary>True when one of <paramref name="texts"/> says <paramref name="agent"/> speaks for <paramref name="principal"/> (full names or surnames).</summary>
    public static bool SpeaksFor(IEnumerable<string> texts, string agent, string principal)
    {
        var (agentSurname, principalSurname) = (Surname(agent), Surname(principal));
        if (agentSurname == principalSurname) return false;
        foreach (var text in texts)
        {
            if (!text.Contains(principalSurname, StringComparison.Ordinal)) continue;
            // Only the words around each mention of the agent, and only where an agent word and the other's name are among them, are read with the patterns.
            for (var at = text.IndexOf(agentSurname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(agentSurname, at + agentSurname.Length, StringComparison.Ordinal))
            {
                var from = Math.Max(0, at - Window);
                var window = text.AsSpan(from, Math.Min(text.Length, at + agentSurname.Length + Window) - from);
                if (!window.Contains(principalSurname, StringComparison.Ordinal) || !HasAgentWord(window)) continue;
                try
                {
                    foreach (Match m in Patterns.Matches(window.ToString()))
                        if (m.Groups["agent"].Value == agentSurname && m.Groups["principal"].Value == principalSurname) return true;
                }
                catch (RegexMatchTimeoutException) { }
            }
        }
        return false;
    }

    /// <summary>Characters read on each side of an agent's name: a sentence's worth.</summary>
    const int Window = 300;

    /// <summary>A window is read only if one of these is in it: the agent words, or the verbs of "who represents" and "who speaks for".</summary>
    static readonly string[] AgentWords = [.. AttributionWords.All("agent"), "represents", "speaks for"];

    static bool HasAgentWord(ReadOnlySpan<char> window)
    {
        foreach (var w in AgentWords) if (window.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A capitalised word standing for a surname, captured under <paramref name="group"/>.</summary>
    static string Name(string group) => $@"(?<{group}>[A-Z][\w'-]*)";

    /// <summary>Every way of saying one person speaks for another, the agent's and the principal's surnames captured, made once.</summary>
    static readonly Regex Patterns = new(string.Join('|', new[]
    {
        $@"\b{Name("agent")},\s+(?:(?:a|an|the)\s+)?{Before}{Name("principal")}'s\s+{Modifiers}{Agent}\b",              // Jones, Smith's lawyer
        $@"\b{Name("principal")}'s\s+{Modifiers}{Agent},?\s+{Before}{Name("agent")}\b",                                   // Smith's lawyer, Mary Jones
        $@"\b{Name("agent")},\s+(?:a|an|the|one)\s+{Modifiers}{Agent}\s+(?:for|to|of|representing)\s+{Before}{Name("principal")}\b", // Jones, a lawyer for Smith
        $@"\b{Agent}\s+(?:for|to)\s+{Before}{Name("principal")},?\s+{Before}{Name("agent")}\b",                            // a spokeswoman for Smith, Mary Jones
        $@"\b{Name("agent")},\s+who\s+(?:represents|speaks\s+for)\s+{Before}{Name("principal")}\b",                       // Jones, who represents Smith
        $@"\b{Name("principal")}\s+{Agent}\s+{Before}{Name("agent")}\b",                                                  // Smith attorney Mary Jones
        $@"\b{Name("principal")}\b[^.!?]{{0,150}}\b(?:his|her|their)\s+{Modifiers}{Agent},?\s+{Before}{Name("agent")}\b", // Smith ..., his lawyer, Mary Jones
    }.Select(x => "(?:" + x + ")")), RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];
}
