namespace Research;

/// <summary>
/// Groups quotes that carry the same statement: re-worded or translated quotes sharing enough content words
/// (Jaccard), and a partial quote whose words lie inside a longer one (containment). Candidates come from an
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
    public static int[] Cluster(IReadOnlyList<string> texts, QuoteLexicon lex)
    {
        var sets = texts.Select(x => ContentWords(x, lex)).ToArray();
        var parent = Enumerable.Range(0, texts.Count).ToArray();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < sets.Length; i++)
        {
            shared.Clear();
            foreach (var w in sets[i])
            {
                if (!index.TryGetValue(w, out var list)) { index[w] = list = []; }
                if (list.Count >= MaxPosting) continue; // a word this common says nothing about which statement it is
                foreach (var j in list) shared[j] = shared.GetValueOrDefault(j) + 1;
                list.Add(i);
            }
            foreach (var (j, n) in shared)
            {
                if (n < MinShared) continue;
                var small = Math.Min(sets[i].Count, sets[j].Count);
                var union = sets[i].Count + sets[j].Count - n;
                if ((double)n / union >= SameStatement && n >= 3 || (double)n / small >= Contained) Union(parent, i, j);
            }
        }
        var roots = new int[texts.Count];
        for (var i = 0; i < roots.Length; i++) roots[i] = Find(parent, i);
        return roots;
    }

    /// <summary>Lower-case words, apostrophes folded, function words left out.</summary>
    public static HashSet<string> ContentWords(string text, QuoteLexicon lex)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var s = Typography.Normalize(text).ToLowerInvariant();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            var start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '\'' && i + 1 < s.Length && char.IsLetter(s[i + 1]))) i++;
            var w = s.AsSpan(start, i - start);
            if (!lex.IsStopword(w) && w.Length > 1) set.Add(w.ToString());
        }
        return set;
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
