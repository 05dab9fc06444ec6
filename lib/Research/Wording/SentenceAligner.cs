namespace Research;

/// <summary>
/// Aligns the sentences of every pair of articles of each event.
/// Method: each sentence becomes its terms (<see cref="StatementTerms"/>); an inverted index maps every term to the
/// sentences of the event that use it, leaving out terms in more than a fifth of them (or in more than 250); a sentence's candidates are the
/// other articles' sentences that share at least two indexed terms (one for short sentences), and only those are
/// scored with <see cref="SameStatement"/>. Per pair of articles, pairs above the threshold are taken best first, each
/// sentence once (one-to-one); a sentence that matches two consecutive sentences of the other article better than
/// either alone becomes a one-to-many alignment. A candidate pair below the threshold that shares at least three indexed
/// terms has its clauses compared too (<see cref="ClausePairs"/>: "Russia annexed Crimea in 2014" against "Russia annexed
/// Crimea in 2014 and offered support to separatists ..."); a clause of one sentence that passes even odds against the
/// other sentence or a clause of it makes a clause alignment, taken after the whole-sentence pairs, for sentences still unaligned.
/// Cost: the index is linear in the event's words; candidates per sentence are bounded by the frequency cut-off (at
/// most 250 a term), so the work grows linearly with the number of sentences, not with its square, even for one huge
/// article. Events run in parallel, and the sentences of one event in ranges on all cores; an event of one article is not aligned.
/// </summary>
public static class SentenceAligner
{
    const double CommonTermShare = 0.2;

    /// <summary>The kind of an aligned pair whose sentences share a clause: a clause of one is the other sentence's statement, or a clause of it.</summary>
    public const string ClauseKind = "clause";

    /// <summary>The probability a clause pair needs, at least (the shipped threshold if higher): a clause pair is the best of
    /// several comparisons, and the best of several scores is higher by chance, so it must pass even odds.</summary>
    const double ClauseThreshold = 0.5;

    /// <summary>A term in more sentences than this is too common to find candidates by, however large the event: without
    /// this bound the fifth of a huge article's sentences is itself huge and the candidates grow with the square.</summary>
    const int MaxPostings = 250;

    /// <summary>Sentences in an event above which its own work is split over the cores.</summary>
    const int LargeEvent = 2048;

    /// <summary>Every event's aligned pairs, decided with the shipped same-statement weights unless others are given.</summary>
    public static IReadOnlyList<AlignedPair> Align(Corpus corpus, SameStatementWeights? weights = null)
    {
        var model = SameStatement.From(corpus.Sentences.Select(s => StatementTerms.Of(corpus.TextOf(s.Article).NormalizedSlice(s.Start, s.End))), weights);
        // An event of one article has no pair of articles to align: its sentences count for the term rarity above only.
        var multiple = corpus.Articles.GroupBy(a => a.Event).Where(g => g.Skip(1).Any()).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return corpus.Events.Where(multiple.Contains).AsParallel().AsOrdered().SelectMany(e => AlignEvent(corpus, e, model)).ToList();
    }

    public static IEnumerable<AlignedPair> AlignEvent(Corpus corpus, string eventKey, SameStatement model)
    {
        var sentences = corpus.ArticlesIn(eventKey).SelectMany(a => corpus.SentencesOf(a.Id)).ToList();
        var stems = PairFeatures.NeedStems(model.Weights);
        StatementText Text(Sentence s) => new(corpus.TextOf(s.Article).NormalizedSlice(s.Start, s.End), stems);
        // Only a large event is worth a parallel query of its own: events already run in parallel with each other.
        var texts = sentences.Count > LargeEvent ? sentences.AsParallel().AsOrdered().Select(Text).ToList() : sentences.Select(Text).ToList();
        return AlignEvent(corpus, eventKey, sentences, texts, model);
    }

    static IEnumerable<AlignedPair> AlignEvent(Corpus corpus, string eventKey, List<Sentence> sentences, List<StatementText> texts, SameStatement model)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
            foreach (var t in texts[i].Terms)
                (postings.TryGetValue(t, out var list) ? list : postings[t] = []).Add(i);
        var cutoff = Math.Max(4, Math.Min(MaxPostings, (int)(CommonTermShare * texts.Count)));

        // Candidates are found and scored in ranges of sentences on all cores (one huge event is one task otherwise);
        // the pairs are sorted below, so the order they are found in does not matter.
        var chunk = Math.Max(LargeEvent, texts.Count / (4 * Environment.ProcessorCount) + 1);
        var found = new List<Candidate>[(texts.Count + chunk - 1) / chunk];
        var clausePairs = new ClausePairs(corpus, sentences, texts, model);
        void Score(int r)
        {
            var pairs = new List<Candidate>();
            // Shared-term counts in one array, reset through the list of sentences touched: no dictionary per sentence.
            var shared = new int[texts.Count];
            var touched = new List<int>();
            for (var i = r * chunk; i < Math.Min(texts.Count, (r + 1) * chunk); i++)
            {
                foreach (var t in texts[i].Terms)
                    if (postings[t] is var list && list.Count <= cutoff)
                    {
                        // A posting list is in sentence order: start past i.
                        var from = list.BinarySearch(i + 1);
                        for (var k = from < 0 ? ~from : from; k < list.Count; k++)
                            if (list[k] is var j && sentences[j].Article != sentences[i].Article && shared[j]++ == 0) touched.Add(j);
                    }
                var needed = texts[i].Terms.Count <= 4 ? 1 : 2;
                foreach (var j in touched)
                {
                    if (shared[j] >= needed && model.Score(texts[i], texts[j]) is var score)
                    {
                        if (score >= model.Threshold) pairs.Add(new(i, j, score, null, null));
                        else if (shared[j] >= ClausePairs.MinShared && clausePairs.Best(i, j) is var clause && clause.Score >= Math.Max(ClauseThreshold, model.Threshold))
                            pairs.Add(new(i, j, clause.Score, clause.A, clause.B));
                    }
                    shared[j] = 0;
                }
                touched.Clear();
            }
            found[r] = pairs;
        }
        if (found.Length == 1) Score(0);
        else Parallel.For(0, found.Length, Score);
        var scored = found.SelectMany(p => p).ToList();

        var taken = new HashSet<(int Sentence, string OtherArticle)>();
        // The sentences actually aligned with each other article (taken above also keeps a sentence whose partner was taken).
        var aligned = new HashSet<(int Sentence, string OtherArticle)>();
        // Whole sentences first: a shared clause aligns only sentences that have no partner in that article yet.
        foreach (var (i, j, score, clauseA, clauseB) in scored.OrderBy(p => p.IsClause).ThenByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            var (a, b) = (sentences[i], sentences[j]);
            if (clauseA is not null || clauseB is not null)
            {
                if (aligned.Contains((i, b.Article)) || aligned.Contains((j, a.Article))) continue;
                aligned.Add((i, b.Article));
                aligned.Add((j, a.Article));
                // The differences are those of the two readings that state the same thing: a clause, or a whole sentence without its period.
                string ReadingOf(Sentence s, (int Start, int End)? span) => span is { } c
                    ? corpus.TextOf(s.Article).Slice(c.Start, c.End)
                    : s.Text[..Clauses.TrimmedEnd(s.Text)];
                yield return new AlignedPair(eventKey, a.Article, a.Index, b.Article, b.Index, b.Index, ClauseKind, Math.Round(score, 3),
                    WordingDifference.Between(ReadingOf(a, clauseA), ReadingOf(b, clauseB)), clauseA, clauseB);
                continue;
            }
            if (!taken.Add((i, b.Article)) || !taken.Add((j, a.Article))) continue;
            var (last, kind, best) = (b.Index, "one-to-one", score);
            var next = j + 1 < sentences.Count && sentences[j + 1].Article == b.Article && sentences[j + 1].Paragraph == b.Paragraph ? j + 1 : -1;
            if (next >= 0 && texts[j].Length < 0.8 * texts[i].Length)
            {
                var joined = new StatementText(corpus.TextOf(b.Article).NormalizedSlice(b.Start, sentences[next].End), PairFeatures.NeedStems(model.Weights));
                if (model.Score(texts[i], joined) is var together && together > score + 0.05)
                    (last, kind, best) = (sentences[next].Index, "one-to-many", together);
            }
            aligned.Add((i, b.Article));
            for (var k = j; k < sentences.Count && sentences[k].Article == b.Article && sentences[k].Index <= last; k++) aligned.Add((k, a.Article));
            var readingB = corpus.TextOf(b.Article).Original[b.Start..corpus.SentencesOf(b.Article)[last].End];
            yield return new AlignedPair(eventKey, a.Article, a.Index, b.Article, b.Index, last, kind, Math.Round(best, 3),
                WordingDifference.Between(a.Text, readingB));
        }
    }

    /// <summary>A scored pair of sentences i, j of an event; for a clause pair, the clause of each that carries the statement (null: the whole sentence).</summary>
    readonly record struct Candidate(int A, int B, double Score, (int Start, int End)? ClauseA, (int Start, int End)? ClauseB)
    {
        public bool IsClause => ClauseA is not null || ClauseB is not null;
    }
}
