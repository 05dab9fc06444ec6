namespace Research;

/// <summary>
/// A sentence reduced to what it states: its content words, lower-cased and stemmed (invade/invaded/invading are one
/// term), numbers kept, function words dropped, and names keyed by their spelling skeleton so that Sergey and Sergei,
/// Kiev and Kyiv count as the same term.
/// </summary>
public static class StatementTerms
{
    static readonly HashSet<string> FunctionWords = new(RuleFiles.Lines("function-words.txt").Select(l => l.Trim()), StringComparer.Ordinal);

    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word.ToLowerInvariant());

    /// <summary>The distinct terms of a text (normalised typography).</summary>
    public static HashSet<string> Of(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end, kind) in WordTokenizer.Tokenize(text, 0, text.Length))
        {
            if (kind == "punct") continue;
            var word = text[start..end];
            if (kind == "number") { terms.Add(word.Replace(",", "")); continue; }
            var lower = word.ToLowerInvariant();
            if (FunctionWords.Contains(lower) || lower.Length < 2) continue;
            terms.Add(NameSpelling.IsName(word) ? "~" + NameSpelling.Skeleton(word) : Stem(lower));
        }
        return terms;
    }

    /// <summary>A light suffix stripper: enough to match inflections, not a linguistic stemmer.</summary>
    public static string Stem(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        return w;
    }
}
