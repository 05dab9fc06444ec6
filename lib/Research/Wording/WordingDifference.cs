namespace Research;

/// <summary>
/// One change between two readings of a statement: what A has (<see cref="Removed"/>) where B has <see cref="Added"/>,
/// and its class: `spelling` (a name spelled or transliterated differently), `typography`, `function-words`,
/// `number`, `substitution` (a word or phrase replaced), `added` or `omitted` (content only one side has).
/// </summary>
public sealed record WordingDifference(string Class, string Removed, string Added)
{
    public static readonly string[] Classes = ["spelling", "typography", "function-words", "number", "substitution", "added", "omitted"];

    /// <summary>The classified changes that turn reading <paramref name="a"/> into reading <paramref name="b"/>.</summary>
    public static IReadOnlyList<WordingDifference> Between(string a, string b)
    {
        var changes = new List<WordingDifference>();
        (a, b) = (Typography.Normalize(a), Typography.Normalize(b));
        // Names spelled differently are settled first, wherever they stand: a rewording around them must not hide them.
        var namesA = Names(a);
        var namesB = Names(b);
        foreach (var name in namesA.Where(n => !namesB.Contains(n)))
            if (namesB.FirstOrDefault(other => !namesA.Contains(other) && NameSpelling.SameName(name, other)) is string spelled)
            {
                changes.Add(new WordingDifference("spelling", name, spelled));
                b = System.Text.RegularExpressions.Regex.Replace(b, $@"\b{System.Text.RegularExpressions.Regex.Escape(spelled)}\b", name);
            }
        var pieces = WordDiff.Between(a, b);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Change == "same") continue;
            var removed = pieces[i].Change == "removed" ? pieces[i].Text : "";
            var added = pieces[i].Change == "added" ? pieces[i].Text : "";
            if (removed.Length > 0 && i + 1 < pieces.Count && pieces[i + 1].Change == "added") added = pieces[++i].Text;
            changes.AddRange(Split(removed, added));
        }
        return changes;
    }

    /// <summary>
    /// A change block as classified differences: names spelled differently inside a larger rewording ("fighting
    /// against Kyiv" / "fighting Kiev") come out as spelling differences of their own, and words both sides share at
    /// the edges ("on." / "on in Geneva.") are left out before the rest is classified.
    /// </summary>
    static IEnumerable<WordingDifference> Split(string removed, string added)
    {
        var r = removed.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var d = added.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var settled = false;
        foreach (var name in r.ToList())
            if (d.FirstOrDefault(other => NameSpelling.SameName(Bare(name), Bare(other))) is string spelled)
            {
                yield return new WordingDifference("spelling", Bare(name), Bare(spelled));
                r.Remove(name);
                d.Remove(spelled);
                settled = true;
            }
        while (r.Count > 0 && d.Count > 0 && Bare(r[0]) == Bare(d[0])) { r.RemoveAt(0); d.RemoveAt(0); }
        while (r.Count > 0 && d.Count > 0 && Bare(r[^1]) == Bare(d[^1])) { r.RemoveAt(r.Count - 1); d.RemoveAt(d.Count - 1); }
        if (r.Count == 0 && d.Count == 0)
        {
            if (removed.Split(' ').Length == added.Split(' ').Length && removed != added && !settled) yield return new WordingDifference("typography", removed, added);
            yield break;
        }
        var (from, to) = (string.Join(' ', r), string.Join(' ', d));
        yield return new WordingDifference(Classify(from, to), from, to);
    }

    static HashSet<string> Names(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Bare).Where(NameSpelling.IsName).ToHashSet(StringComparer.Ordinal);

    static string Bare(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']');

    static string Classify(string removed, string added)
    {
        string Letters(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());
        if (Letters(removed) == Letters(added)) return "typography";
        var r = Words(removed);
        var d = Words(added);
        if (r.Count == 1 && d.Count == 1 && NameSpelling.SameName(r[0], d[0])) return "spelling";
        if (r.Concat(d).Any(w => char.IsDigit(w[0])) || r.Concat(d).Any(w => NumberWord(w))) return "number";
        if (r.Concat(d).All(StatementTerms.IsFunctionWord)) return "function-words";
        if (r.Count > 0 && d.Count > 0) return "substitution";
        return r.Count == 0 ? "added" : "omitted";
    }

    static List<string> Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']')).Where(w => w.Length > 0).ToList();

    static bool NumberWord(string w) => w.ToLowerInvariant() is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
        or "dozen" or "dozens" or "hundred" or "hundreds" or "thousand" or "thousands" or "million" or "millions" or "billion";
}
