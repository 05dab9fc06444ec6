namespace Research;

/// <summary>
/// Cuts a long sentence into its clauses, for the aligner's clause pairs: a statement one source writes as a sentence of
/// its own that another carries inside a longer sentence. A clause starts after a semicolon or a spaced dash (or two hyphens), at a word of
/// `Rules/clause-boundaries.tsv` after a comma (", which ...", ", saying ..."), at an apposition to a name (", a former Soviet
/// republic that ..."), and after an "and" followed by a verb of its own ("and has backed", "and offered"); a phrase of time or
/// place opening the sentence ("On December 1,") is in no clause. Pieces shorter than <see cref="MinWords"/> words join the one before them.
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

    /// <summary>Tokens a fronted phrase may run to before its comma ("Speaking in Riga on Wednesday after a meeting of NATO ministers,").</summary>
    public const int MaxFrontedTokens = 14;

    static readonly HashSet<string> AfterComma = Words("after-comma");
    static readonly HashSet<string> AfterAnd = Words("after-and");
    static readonly HashSet<string> Fronted = Words("fronted");
    static readonly HashSet<string> Apposition = Words("apposition");

    static HashSet<string> Words(string kind) =>
        RuleFiles.Rows("clause-boundaries.tsv").Where(r => r.Length >= 2 && r[1].Trim() == kind).Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The clauses of a sentence (normalised typography) as spans of it, in order; empty when it has fewer than two and
    /// no fronted phrase to leave out. A short phrase that opens the sentence up to a comma ("On December 1,", "In Stockholm,",
    /// "According to officials,"; its first word in `Rules/clause-boundaries.tsv`) is in no clause: sources that report one
    /// statement frame it with different times and places, so a sentence that has one gives the rest as a clause of its own.</summary>
    public static IReadOnlyList<(int Start, int End)> Of(string sentence)
    {
        if (sentence.Length > MaxTokens * 16) return []; // too long to be one news sentence: not tokenised at all
        var tokens = WordTokenizer.Tokenize(sentence, 0, sentence.Length).ToList();
        if (tokens.Count > MaxTokens) return [];
        // Each piece: the token it starts at and the token after its end (a cutting mark or "and" is in neither piece).
        var pieces = new List<(int First, int End)>();
        var first = FrontedEnd(sentence, tokens);
        var fronted = first > 0;
        string Word(int i) => sentence[tokens[i].Start..tokens[i].End];
        for (var k = first + 1; k < tokens.Count; k++)
        {
            var (start, end, kind) = tokens[k];
            if (kind == "punct" && (Word(k) == ";" || Word(k) == "-" && SpacedDash(sentence, start)))
            {
                pieces.Add((first, k));
                if (k + 1 < tokens.Count && tokens[k + 1].Start == end && sentence[end] == '-') k++; // the second hyphen of "--"
                first = k + 1;
            }
            else if (kind == "word" && Word(k - 1) == "," && (AfterComma.Contains(Word(k)) || Apposition.Contains(Word(k)) && ClosesApposition(k)))
            {
                pieces.Add((first, k - 1));
                first = k;
            }
            else if (kind == "word" && Word(k - 1) == "and" && k + 1 < tokens.Count && char.IsLower(sentence[start]) && OwnVerb(Word(k)))
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
        if (merged.Count < (fronted ? 1 : 2) || merged.Count > MaxClauses) return [];
        return merged.Select(p => (tokens[p.First].Start, tokens[LastNonPunct(tokens, p)].End)).ToList();

        // "Ukraine, a former Soviet republic that ...": an apposition to a name, after words enough for a clause, that does not
        // hand the sentence back to its subject at a later comma ("Laura Chinchilla, a former president of Costa Rica, said ...",
        // "..., a former captain of Horta, Azores, said ..." stay whole: no clause of them would state what was said).
        bool ClosesApposition(int k)
        {
            if (k < 2 || !char.IsUpper(sentence[tokens[k - 2].Start]) || Count(tokens, (first, k - 1)) < MinWords) return false;
            for (var j = k + 1; j + 1 < tokens.Count; j++)
                if (tokens[j].Kind == "punct" && sentence[tokens[j].Start] == ',' && tokens[j + 1].Kind == "word" && (OwnVerb(Word(j + 1)) || Word(j + 1) is "told" or "wrote"))
                    return false;
            return true;
        }
    }

    /// <summary>A word that is a verb of its own after "and" or a comma: an auxiliary or speech verb of kind `after-and`, or a
    /// lower-case word in -ed ("offered", "added").</summary>
    static bool OwnVerb(string word) => AfterAnd.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>The token where the clause after a fronted phrase starts, or 0 when the sentence has none. The phrase opens
    /// with a word of kind `fronted` (not "At least ...", "At most ...", which open a subject), reaches a comma within
    /// <see cref="MaxFrontedTokens"/> tokens with no quote mark, colon or semicolon in it, and runs on over what belongs to it
    /// after that comma: a year ("On December 1, 2015,"), a place's region ("In Washington, D.C.,"), or another phrase of time
    /// or place ("Speaking in Riga, Latvia, on Wednesday,"). It must be shorter than what it leaves, which must have
    /// <see cref="MinWords"/> words or more: "At the end of a long day of talks in Horta, officials said" is a statement, not a frame.</summary>
    static int FrontedEnd(string sentence, List<(int Start, int End, string Kind)> tokens)
    {
        string Word(int i) => sentence[tokens[i].Start..tokens[i].End];
        if (tokens.Count < 2 || tokens[0].Kind != "word" || !Fronted.Contains(Word(0).ToLowerInvariant()) || Word(1) is "least" or "most") return 0;
        var comma = -1;
        for (var k = 1; k < tokens.Count && k <= MaxFrontedTokens && comma < 0; k++)
        {
            if (tokens[k].Kind != "punct") continue;
            var mark = sentence[tokens[k].Start];
            if (mark == ',') comma = k;
            else if (mark is '"' or ';' or ':') return 0;
        }
        if (comma < 0) return 0;
        // What follows the comma up to the next one and still belongs to the phrase: a year ("2015"), an abbreviated region
        // ("D.C."), a place's country before another phrase of time or place ("Latvia, on Wednesday"), or such a phrase itself.
        // Not a name followed by anything else: in "On Monday, Putin, the Russian leader, said" the clause starts at Putin.
        int NextComma(int from)
        {
            for (var k = from; k < tokens.Count && k <= from + 5; k++)
                if (tokens[k].Kind == "punct" && sentence[tokens[k].Start] == ',') return k;
            return -1;
        }
        for (var extended = 0; extended < 3; extended++)
        {
            var next = NextComma(comma + 1);
            if (next <= comma + 1 || next + 1 >= tokens.Count) break;
            var segment = Enumerable.Range(comma + 1, next - comma - 1).ToList();
            var capitalised = segment.All(i => tokens[i].Kind != "word" || char.IsUpper(sentence[tokens[i].Start]));
            var belongs = Fronted.Contains(Word(comma + 1))
                || segment.All(i => tokens[i].Kind == "number")
                || capitalised && segment.Any(i => tokens[i].Kind == "punct" && sentence[tokens[i].Start] == '.')
                || capitalised && tokens[next + 1].Kind == "word" && Fronted.Contains(Word(next + 1));
            if (!belongs) break;
            comma = next;
        }
        var first = comma + 1;
        while (first < tokens.Count && tokens[first].Kind == "punct") first++;
        var rest = Count(tokens, (first, tokens.Count));
        return rest >= MinWords && Count(tokens, (0, comma)) < rest ? first : 0;
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
