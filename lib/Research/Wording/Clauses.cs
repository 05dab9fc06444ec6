namespace Research;

/// <summary>
/// Cuts a long sentence into its clauses, for the aligner's clause pairs: a statement one source writes as a sentence of
/// its own that another carries inside a longer sentence. A clause starts after a semicolon or a spaced dash (or two hyphens), at a word of
/// `Rules/clause-boundaries.tsv` after a comma (", which ...", ", saying ..."), and after an "and" followed by a verb of
/// its own ("and has backed", "and offered"). Pieces shorter than <see cref="MinWords"/> words join the one before them.
/// </summary>
public static class Clauses
{
    /// <summary>Words (and numbers) a clause needs to stand on its own.</summary>
    public const int MinWords = 5;

    /// <summary>Sentences longer than this (in tokens) are not cut: no news sentence is, and a huge one would cost more than it finds.</summary>
    public const int MaxTokens = 200;

    /// <summary>A sentence cut into more clauses than this (a list run together with semicolons) is not cut: every pair of
    /// clauses of two sentences is a comparison.</summary>
    public const int MaxClauses = 8;

    static readonly HashSet<string> AfterComma = Words("after-comma");
    static readonly HashSet<string> AfterAnd = Words("after-and");

    static HashSet<string> Words(string kind) =>
        RuleFiles.Rows("clause-boundaries.tsv").Where(r => r.Length >= 2 && r[1].Trim() == kind).Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The clauses of a sentence (normalised typography) as spans of it, in order; empty when it has fewer than two.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(string sentence)
    {
        if (sentence.Length > MaxTokens * 16) return []; // too long to be one news sentence: not tokenised at all
        var tokens = WordTokenizer.Tokenize(sentence, 0, sentence.Length).ToList();
        if (tokens.Count > MaxTokens) return [];
        // Each piece: the token it starts at and the token after its end (a cutting mark or "and" is in neither piece).
        var pieces = new List<(int First, int End)>();
        var first = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            var (start, end, kind) = tokens[k];
            string Word(int i) => sentence[tokens[i].Start..tokens[i].End];
            if (kind == "punct" && (Word(k) == ";" || Word(k) == "-" && SpacedDash(sentence, start)))
            {
                pieces.Add((first, k));
                if (k + 1 < tokens.Count && tokens[k + 1].Start == end && sentence[end] == '-') k++; // the second hyphen of "--"
                first = k + 1;
            }
            else if (kind == "word" && Word(k - 1) == "," && AfterComma.Contains(Word(k)))
            {
                pieces.Add((first, k - 1));
                first = k;
            }
            else if (kind == "word" && Word(k - 1) == "and" && k + 1 < tokens.Count && char.IsLower(sentence[start])
                     && (AfterAnd.Contains(Word(k)) || Word(k).Length > 4 && Word(k).EndsWith("ed", StringComparison.Ordinal)))
            {
                pieces.Add((first, k - 1 > first && Word(k - 2) == "," ? k - 2 : k - 1));
                first = k;
            }
        }
        pieces.Add((first, tokens.Count));
        // A piece too short to be a statement joins the one before it (the first joins the next).
        var merged = new List<(int First, int End)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && (Count(tokens, piece) < MinWords || Count(tokens, merged[^1]) < MinWords)) merged[^1] = (merged[^1].First, piece.End);
            else merged.Add(piece);
        }
        if (merged.Count < 2 || merged.Count > MaxClauses) return [];
        return merged.Select(p => (tokens[p.First].Start, tokens[LastNonPunct(tokens, p)].End)).ToList();
    }

    /// <summary>True when the dash at <paramref name="start"/> stands between spaces, alone or doubled ("a day later - or two",
    /// "a day later -- or two"; not "high-impact").</summary>
    static bool SpacedDash(string sentence, int start)
    {
        var end = start + 1;
        if (end < sentence.Length && sentence[end] == '-') end++;
        return start > 0 && sentence[start - 1] == ' ' && end < sentence.Length && sentence[end] == ' ';
    }

    static int Count(List<(int Start, int End, string Kind)> tokens, (int First, int End) piece)
    {
        var n = 0;
        for (var k = piece.First; k < piece.End; k++) if (tokens[k].Kind != "punct") n++;
        return n;
    }

    static int LastNonPunct(List<(int Start, int End, string Kind)> tokens, (int First, int End) piece)
    {
        var k = piece.End - 1;
        while (k > piece.First && tokens[k].Kind == "punct") k--;
        return k;
    }

    /// <summary>Where a reading ends without its closing punctuation (the period, a closing quote mark), as a clause ends, so a
    /// whole sentence set against a clause does not differ by its period alone.</summary>
    public static int TrimmedEnd(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1]))) end--;
        return end > 0 ? end : text.Length;
    }
}
