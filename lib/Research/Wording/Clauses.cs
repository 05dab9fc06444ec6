namespace Research;

/// <summary>
/// A sentence cut into clauses, for a same-statement match by part: at commas, semicolons, colons, brackets, quote
/// marks and spaced dashes, and before the words of `clause-boundaries.txt` and the single-word speech verbs of
/// `quote-cues.tsv` (said, told). A piece with fewer than <see cref="MinTerms"/> terms is joined to the one before it
/// (the first to the one after), so "Blinken said" or "in Riga" never stands alone.
/// </summary>
public static class Clauses
{
    /// <summary>The fewest terms a clause stands alone with.</summary>
    public const int MinTerms = 3;

    static readonly HashSet<string> SpeechVerbs = new(
        RuleFiles.Rows("quote-cues.tsv").Where(r => r.Length > 1 && r[1] == "verb" && !r[0].Contains(' ')).Select(r => r[0]), StringComparer.Ordinal);

    static readonly HashSet<string> Openers = new(
        RuleFiles.Lines("clause-boundaries.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Concat(SpeechVerbs),
        StringComparer.Ordinal);

    static bool Breaks(string punct) => punct is "," or ";" or ":" or "(" or ")" or "\"" or "-";

    /// <summary>The clauses of a normalised sentence, each a substring of it in order; one (the sentence) when it has no cut.</summary>
    public static IReadOnlyList<string> Of(string normalized)
    {
        var pieces = new List<(int Start, int End)>();
        var start = -1;
        var end = 0;
        foreach (var (s, e, kind) in WordTokenizer.Tokenize(normalized, 0, normalized.Length))
        {
            var cut = kind == "punct"
                ? Breaks(normalized[s..e]) && (normalized[s] != '-' || (s > 0 && normalized[s - 1] == ' '))
                : kind == "word" && Openers.Contains(normalized[s..e].ToLowerInvariant());
            if (cut && start >= 0) { pieces.Add((start, end)); start = -1; }
            if (kind == "punct" && cut) continue;
            if (start < 0) start = s;
            end = e;
        }
        if (start >= 0) pieces.Add((start, end));

        // Join short pieces: each to the clause before it, a short first piece to the one after it.
        var spans = new List<(int Start, int End)>();
        var carry = -1;
        foreach (var (s, e) in pieces)
        {
            var from = carry >= 0 ? carry : s;
            carry = -1;
            if (StatementTerms.Of(normalized[from..e]).Count >= MinTerms) spans.Add((from, e));
            else if (spans.Count > 0) spans[^1] = (spans[^1].Start, e);
            else carry = from;
        }
        if (carry >= 0) spans.Add((carry, end));
        return spans.Count == 0 ? [normalized] : spans.Select(c => normalized[c.Start..c.End]).ToList();
    }
}
