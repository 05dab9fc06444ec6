namespace Research;

/// <summary>An aligned pair flattened for scripts: offsets of both readings and the number of differences of each class.</summary>
public sealed record AlignmentRow(
    string Event, string DocA, int StartA, int EndA, string DocB, int StartB, int EndB, string Kind, double Score,
    int Spelling, int Typography, int FunctionWords, int Number, int Substitution, int Added, int Omitted, string Differences)
{
    public static IEnumerable<AlignmentRow> From(Corpus corpus, IEnumerable<AlignedPair> pairs) => pairs.Select(p =>
    {
        var a = corpus.SentencesOf(p.ArticleA)[p.SentenceA];
        var b = corpus.SentencesOf(p.ArticleB);
        int Count(string c) => p.Differences.Count(d => d.Class == c);
        return new AlignmentRow(p.Event, corpus.Article(p.ArticleA).File, a.Start, a.End, corpus.Article(p.ArticleB).File,
            b[p.SentenceB].Start, b[p.SentenceBLast].End, p.Kind, p.Score,
            Count("spelling"), Count("typography"), Count("function-words"), Count("number"), Count("substitution"), Count("added"), Count("omitted"),
            string.Join("; ", p.Differences.Select(d => $"{d.Class}: {d.Removed} -> {d.Added}")));
    });
}
