namespace Research;

/// <summary>The word lists quote extraction reads from lib/Research/Rules (quote-cues.tsv, quote-speakers.tsv, quote-stopwords.txt, gender-words.tsv).</summary>
internal sealed class QuoteLexicon
{
    /// <summary>A speech cue: its words (lower case) and whether the speaker stands before/after it (verb), only after it (source), or it only attributes inside a sentence (weak).</summary>
    internal sealed record Cue(string[] Words, string Kind)
    {
        public string Text => string.Join(' ', Words);
    }

    readonly Dictionary<string, List<Cue>>.AlternateLookup<ReadOnlySpan<char>> cuesByFirst;
    readonly Dictionary<string, (string Kind, string[] Concepts)>.AlternateLookup<ReadOnlySpan<char>> words;
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords;
    readonly Dictionary<string, (string[] Words, string[] Concepts)> rolePhrases;
    readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> genders;

    readonly bool[] cueShapes = new bool[26 * 17];

    public static QuoteLexicon Default { get; } = new();

    QuoteLexicon()
    {
        var cues = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        foreach (var row in RuleFiles.Rows("quote-cues.tsv"))
        {
            var cue = new Cue(row[0].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), row.Length > 1 ? row[1].Trim() : "verb");
            if (!cues.TryGetValue(cue.Words[0], out var list)) cues[cue.Words[0]] = list = [];
            list.Add(cue);
        }
        foreach (var key in cues.Keys)
            if (key[0] is >= 'a' and <= 'z' && key.Length <= 16) cueShapes[(key[0] - 'a') * 17 + key.Length] = true;
        foreach (var list in cues.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        cuesByFirst = cues.GetAlternateLookup<ReadOnlySpan<char>>();

        var map = new Dictionary<string, (string, string[])>(StringComparer.OrdinalIgnoreCase);
        rolePhrases = new Dictionary<string, (string[], string[])>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in RuleFiles.Rows("quote-speakers.tsv"))
        {
            var word = row[0].Trim().ToLowerInvariant();
            var kind = row.Length > 1 ? row[1].Trim() : "title";
            var concepts = row.Length > 2 ? row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (word.Contains(' ')) { rolePhrases[word] = (word.Split(' '), concepts); map.TryAdd(word.Split(' ')[0], ("role-part", [])); continue; }
            map[word] = (kind, concepts);
        }
        // Every word of a multi-word role is at least a title word ("prime", "attorney").
        foreach (var (phrase, (ws, _)) in rolePhrases)
            foreach (var w in ws) map.TryAdd(w, ("title", []));
        words = map.GetAlternateLookup<ReadOnlySpan<char>>();

        var stops = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in RuleFiles.Lines("quote-stopwords.txt"))
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) stops.Add(w);
        stopwords = stops.GetAlternateLookup<ReadOnlySpan<char>>();

        var gender = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in RuleFiles.Rows("gender-words.tsv"))
            if (row.Length > 1 && row[1].Trim() is "f" or "m") gender.TryAdd(row[0].Trim(), row[1].Trim()[0]);
        genders = gender.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>'f' or 'm' when the word (a title, a gendered role word, a given name) tells a person's gender; '\0' otherwise.</summary>
    public char GenderOf(ReadOnlySpan<char> word) => genders.TryGetValue(word, out var g) ? g : '\0';

    /// <summary>Cues whose first word is this word, longest first.</summary>
    public IReadOnlyList<Cue>? CuesStartingWith(ReadOnlySpan<char> word)
    {
        if (word.Length > 16 || word.Length == 0) return null;
        var first = char.ToLowerInvariant(word[0]);
        if (first is < 'a' or > 'z' || !cueShapes[(first - 'a') * 17 + word.Length]) return null; // most words: no lookup at all
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return cuesByFirst.TryGetValue(lower, out var l) ? l : null;
        }
        return cuesByFirst.TryGetValue(word, out var list) ? list : null;
    }

    public string? KindOf(ReadOnlySpan<char> word) => words.TryGetValue(word, out var v) ? v.Kind : null;
    public string[] ConceptsOf(ReadOnlySpan<char> word) => words.TryGetValue(word, out var v) ? v.Concepts : [];

    public bool IsPronoun(ReadOnlySpan<char> word) => KindOf(word) == "pronoun";
    public bool IsStop(ReadOnlySpan<char> word) => KindOf(word) == "stop";
    public bool IsRole(ReadOnlySpan<char> word) => KindOf(word) == "role";
    public bool IsNationality(ReadOnlySpan<char> word) => KindOf(word) == "nationality";
    /// <summary>Title, role or nationality: a word of what a person is, not of their name.</summary>
    public bool IsTitleLike(ReadOnlySpan<char> word) => KindOf(word) is "title" or "role" or "nationality" or "role-part";
    public bool IsStopword(ReadOnlySpan<char> word) => stopwords.Contains(word);

    /// <summary>Multi-word roles ("secretary of state"), to be matched before single words.</summary>
    public (string[] Words, string[] Concepts)[] RolePhrases => rolePhraseArray ??= rolePhrases.Values.OrderByDescending(p => p.Words.Length).ToArray();
    (string[] Words, string[] Concepts)[]? rolePhraseArray;
}
