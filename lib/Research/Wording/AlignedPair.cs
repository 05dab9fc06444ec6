namespace Research;

/// <summary>
/// Two sentences of different articles of an event that report the same statement. A one-to-many alignment pairs a
/// sentence of A with two consecutive sentences of B (a sentence split in two): B's span then runs from
/// <see cref="SentenceB"/> to <see cref="SentenceBLast"/>. A clause alignment pairs two sentences of which one carries the
/// other's statement, or both one statement, in a clause of a longer sentence; its differences are those of the two readings
/// that state it.
/// </summary>
/// <param name="Score">The same-statement probability, 0 to 1.</param>
/// <param name="Differences">The word-level differences, each classified.</param>
/// <param name="ClauseA">For a clause alignment, the span (in article A's text) of the clause of sentence A that carries the
/// statement; null when the whole sentence does.</param>
/// <param name="ClauseB">The same for sentence B.</param>
public sealed record AlignedPair(
    string Event,
    string ArticleA,
    int SentenceA,
    string ArticleB,
    int SentenceB,
    int SentenceBLast,
    string Kind,
    double Score,
    IReadOnlyList<WordingDifference> Differences,
    (int Start, int End)? ClauseA = null,
    (int Start, int End)? ClauseB = null);
