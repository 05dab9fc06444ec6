namespace Research;

/// <summary>
/// The words around a claim that say what it is about, for telling "7-10 minutes" of missile flight time from
/// "about 30 minutes" of talks: content words of four letters or more, compared by Jaccard overlap.
/// </summary>
internal static class ClaimContext
{
    public static HashSet<string> Words(string sentence, string except) =>
        new(WordTokenizer.Tokenize(Typography.Normalize(sentence), 0, sentence.Length)
            .Select(t => sentence[t.Start..t.End].ToLowerInvariant())
            .Where(w => w.Length >= 4 && char.IsLetter(w[0]) && w != except && !Common.Contains(w)), StringComparer.Ordinal);

    public static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Count(b.Contains) / (a.Count + b.Count - a.Count(b.Contains));

    static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "will", "been", "were", "their", "they", "said", "says", "about", "would",
        "which", "there", "than", "more", "also", "into", "after", "before", "some", "other", "over", "while", "when",
    };
}
