namespace Research;

/// <summary>
/// The clause side of the aligner, for one event: each sentence's clauses (<see cref="Clauses"/>, made when a candidate pair
/// first asks for them) and the best score of a clause of one sentence against the other sentence or a clause of it.
/// A reading pair is scored only when the two share at least <see cref="MinShared"/> terms and a third of the smaller one's
/// terms: the same-statement model is the costly part, and pairs sharing less never pass it.
/// </summary>
internal sealed class ClausePairs(Corpus corpus, IReadOnlyList<Sentence> sentences, IReadOnlyList<StatementText> texts, SameStatement model)
{
    /// <summary>Terms two readings must share for the model to be asked.</summary>
    public const int MinShared = 3;

    /// <summary>A clause: its span in the article, its terms, and its full comparison form, made only when a pair is scored.</summary>
    sealed class Piece(string text, int start, int end, bool stems)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
        public HashSet<string> Terms { get; } = StatementTerms.Of(text);
        StatementText? statement;
        // Two threads asking at once make equal objects: either may be kept.
        public StatementText Statement => statement ??= new StatementText(text, stems);
    }

    readonly Piece[]?[] clauses = new Piece[]?[texts.Count];
    readonly bool stems = PairFeatures.NeedStems(model.Weights);

    Piece[] Of(int i)
    {
        if (clauses[i] is { } made) return made;
        var (start, end) = (sentences[i].Start, sentences[i].End);
        var text = corpus.TextOf(sentences[i].Article).NormalizedSlice(start, end);
        return clauses[i] = Clauses.Of(text).Select(c => new Piece(text[c.Start..c.End], start + c.Start, start + c.End, stems)).ToArray();
    }

    /// <summary>The best score of a clause of sentence <paramref name="i"/> against sentence <paramref name="j"/> or a clause of it
    /// (or of <paramref name="i"/> against a clause of <paramref name="j"/>), with the two readings scored: the clause's span in its
    /// article, or null for a whole sentence. Score 0 when no pair is worth scoring.</summary>
    public (double Score, (int Start, int End)? A, (int Start, int End)? B) Best(int i, int j)
    {
        var (ci, cj) = (Of(i), Of(j));
        var (score, bestA, bestB) = (0.0, -1, -1);
        // a, b: a clause of i, of j; -1 for the whole sentence. The terms are checked first: a clause's full form is made only when scored.
        void Try(int a, int b)
        {
            if (!Worth(a < 0 ? texts[i].Terms : ci[a].Terms, b < 0 ? texts[j].Terms : cj[b].Terms)) return;
            var s = model.Score(a < 0 ? texts[i] : ci[a].Statement, b < 0 ? texts[j] : cj[b].Statement);
            if (s > score) (score, bestA, bestB) = (s, a, b);
        }
        for (var a = 0; a < ci.Length; a++) Try(a, -1);
        for (var b = 0; b < cj.Length; b++) Try(-1, b);
        for (var a = 0; a < ci.Length; a++)
            for (var b = 0; b < cj.Length; b++) Try(a, b);
        return (score, bestA < 0 ? null : (ci[bestA].Start, ci[bestA].End), bestB < 0 ? null : (cj[bestB].Start, cj[bestB].End));
    }

    static bool Worth(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var t in small) if (large.Contains(t)) shared++;
        return shared >= MinShared && shared * 3 >= small.Count;
    }
}
