namespace Research;

/// <summary>
/// Groups quotes that carry the same statement: re-worded or translated quotes sharing enough content words
/// (Jaccard), and a partial quote whose words lie inside a longer one (containment; it joins the best such quote only,
/// so a shared catchphrase does not chain unrelated statements together). Candidates come from an
/// inverted index of content words, so the work grows with shared words, not with the square of the quotes.
/// </summary>
internal static class QuoteClustering
{
    /// <summary>Content-word Jaccard at or above which two quotes are one statement (with at least <see cref="MinShared"/> shared words).</summary>
    public const double SameStatement = 0.3;
    /// <summary>Share of the shorter quote's content words found in the longer one for a partial quote to join it.</summary>
    public const double Contained = 0.8;
    public const int MinShared = 2;
    /// <summary>Words in more quotes than this are not used to find candidates (keeps clustering near-linear).</summary>
    public const int MaxPosting = 48;

    /// <summary>A cluster number for each quote (index-aligned with <paramref name="texts"/>).</summary>
    public static int[] Cluster(IReadOnlyList<string> texts, QuoteLexicon lex) => Cluster(texts, lex, null);

    /// <summary>
    /// Content-word Jaccard at or above which two quotes of one speaker, in two articles of one event, are one statement
    /// re-worded (two shared words are enough: "any renewed aggression would trigger serious consequences" and "if
    /// there's further aggression, there'll be consequences").
    /// </summary>
    public const double SameSpeakerStatement = 0.25;

    /// <summary>A cluster number for each quote; <paramref name="said"/> gives each quote's speaker, event and article (null speaker: unattributed).</summary>
    public static int[] Cluster(IReadOnlyList<string> texts, QuoteLexicon lex, IReadOnlyList<(string? Speaker, string Event, string Article)>? said)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var sets = new int[texts.Count][];
        var buffer = new List<int>();
        for (var i = 0; i < texts.Count; i++) sets[i] = ContentWordIds(texts[i], lex, lookup, buffer);
        var parent = Enumerable.Range(0, texts.Count).ToArray();
        // The same words in the same order are one statement however common they are (the posting cap below would miss them).
        var sameWords = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Length; i++)
        {
            var key = string.Join(',', sets[i]);
            if (sets[i].Length == 0) continue;
            if (sameWords.TryGetValue(key, out var first)) Union(parent, first, i); else sameWords[key] = i;
        }
        var postings = new List<int>?[ids.Count];
        var shared = new int[texts.Count];
        var touched = new List<int>();
        var container = Enumerable.Repeat(-1, texts.Count).ToArray();
        var reworded = new List<(int, int)>();
        var containerScore = new double[texts.Count];
        for (var i = 0; i < sets.Length; i++)
        {
            touched.Clear();
            foreach (var w in sets[i])
            {
                var list = postings[w] ??= [];
                if (list.Count >= MaxPosting) continue; // a word this common says nothing about which statement it is
                foreach (var j in list) { if (shared[j]++ == 0) touched.Add(j); }
                list.Add(i);
            }
            foreach (var j in touched)
            {
                var n = shared[j];
                shared[j] = 0;
                if (n < MinShared) continue;
                var small = Math.Min(sets[i].Length, sets[j].Length);
                var union = sets[i].Length + sets[j].Length - n;
                if ((double)n / union >= SameStatement && n >= 3) { Union(parent, i, j); continue; }
                if (said is not null && (double)n / union >= SameSpeakerStatement && SameSpeakerElsewhere(said[i], said[j]) && SharedCommonWords(i, j) >= MinShared) { reworded.Add((i, j)); continue; }
                if ((double)n / small < Contained) continue;
                // A partial quote inside a longer one joins it, but only it: two statements sharing a catchphrase stay apart.
                var (part, whole) = sets[i].Length <= sets[j].Length ? (i, j) : (j, i);
                var score = (double)n / sets[part].Length * 1000 + sets[whole].Length;
                if (container[part] < 0 || score > containerScore[part]) { container[part] = whole; containerScore[part] = score; }
            }
        }
        // Words shared by two quotes that neither writes as a name: "Ukraine" in two quotes of an event about Ukraine says
        // they are on one topic, not that they are one statement.
        int SharedCommonWords(int i, int j)
        {
            var names = NameWords(texts[i], lookup);
            names.UnionWith(NameWords(texts[j], lookup));
            return sets[i].Intersect(sets[j]).Count(w => !names.Contains(w));
        }
        var groupSize = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++) groupSize[Find(parent, i)]++;
        foreach (var part in Enumerable.Range(0, texts.Count).OrderBy(i => sets[i].Length))
            if (container[part] >= 0 && groupSize[Find(parent, part)] == 1 && Find(parent, container[part]) != part) parent[part] = Find(parent, container[part]);
        // One speaker's statement re-worded by two outlets joins last, so a partial quote has found its container first.
        foreach (var (a, b) in reworded) Union(parent, a, b);
        var roots = new int[texts.Count];
        for (var i = 0; i < roots.Length; i++) roots[i] = Find(parent, i);
        return roots;
    }

    /// <summary>Ids of the words a quote capitalises inside a sentence ("in Ukraine", "North Korea's"): names, not content.</summary>
    static HashSet<int> NameWords(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids)
    {
        var names = new HashSet<int>();
        Span<char> buffer = stackalloc char[64];
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c)) { if (c is '.' or '!' or '?' or '…' or '“' or '"' or ':') sentenceStart = true; i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || Typography.Fold(text[i]) == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            if (char.IsUpper(c) && !sentenceStart)
            {
                var word = buffer[..Math.Min(buffer.Length, i - start)];
                for (var k = 0; k < word.Length; k++) word[k] = char.ToLowerInvariant(Typography.Fold(text[start + k]));
                if (ids.TryGetValue(word, out var id)) names.Add(id);
            }
            sentenceStart = false;
        }
        return names;
    }

    static bool SameSpeakerElsewhere((string? Speaker, string Event, string Article) a, (string? Speaker, string Event, string Article) b) =>
        a.Speaker is not null && a.Speaker == b.Speaker && a.Event == b.Event && a.Article != b.Article;

    /// <summary>Lower-case words, apostrophes folded, function words left out.</summary>
    public static HashSet<string> ContentWords(string text, QuoteLexicon lex)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        ContentWordIds(text, lex, ids.GetAlternateLookup<ReadOnlySpan<char>>(), []);
        return ids.Keys.ToHashSet(StringComparer.Ordinal);
    }

    static int[] ContentWordIds(string text, QuoteLexicon lex, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids, List<int> buffer)
    {
        buffer.Clear();
        Span<char> word = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var n = 0;
            while (i < text.Length)
            {
                var c = Typography.Fold(text[i]);
                if (!(char.IsLetterOrDigit(c) || c == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) break;
                if (n < word.Length) word[n++] = char.ToLowerInvariant(c);
                i++;
            }
            var w = word[..n];
            if (n < 2 || lex.IsStopword(w)) continue;
            if (!ids.TryGetValue(w, out var id)) { id = ids.Dictionary.Count; ids[w] = id; }
            buffer.Add(id);
        }
        return buffer.Distinct().ToArray();
    }

    static int Find(int[] parent, int i)
    {
        while (parent[i] != i) { parent[i] = parent[parent[i]]; i = parent[i]; }
        return i;
    }

    static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a); b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
