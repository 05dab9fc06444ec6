namespace Research;

/// <summary>
/// An aligned pair flattened for scripts: offsets of both sentences, the number of differences of each class, and for a
/// <c>clause</c> pair the offsets of the clause of each sentence that carries the shared statement (null where the whole
/// sentence carries it, and on every other kind of pair).
/// </summary>
public sealed record AlignmentRow(
    string Event, string DocA, int StartA, int EndA, string DocB, int StartB, int EndB, string Kind, double Score,
    int Spelling, int Typography, int FunctionWords, int Number, int Substitution, int Added, int Omitted, string Differences,
    int? ClauseStartA, int? ClauseEndA, int? ClauseStartB, int? ClauseEndB)
{
    public static IEnumerable<AlignmentRow> From(Corpus corpus, IEnumerable<AlignedPair> pairs) => pairs.Select(p =>
    {
        var a = corpus.SentencesOf(p.ArticleA)[p.SentenceA];
        var b = corpus.SentencesOf(p.ArticleB);
        int Count(string c) => p.Differences.Count(d => d.Class == c);
        return new AlignmentRow(p.Event, corpus.Article(p.ArticleA).File, a.Start, a.End, corpus.Article(p.ArticleB).File,
            b[p.SentenceB].Start, b[p.SentenceBLast].End, p.Kind, p.Score,
            Count("spelling"), Count("typography"), Count("function-words"), Count("number"), Count("substitution"), Count("added"), Count("omitted"),
            string.Join("; ", p.Differences.Select(d => $"{d.Class}: {d.Removed} -> {d.Added}")),
            p.ClauseA?.Start, p.ClauseA?.End, p.ClauseB?.Start, p.ClauseB?.End);
    });
}
