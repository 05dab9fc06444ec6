namespace Research;

/// <summary>
/// Matches the numeric claims of an event's sources that count the same thing, and judges them with the range
/// model: "13,000" killed conflicts with "more than 13,200", while "more than 13,200" and "14,000" may both hold.
/// Claims on a named quantity (deaths, troops) are matched by it when each article gives one value; others need
/// sentences about the same thing and the same words around the number, so missile flight times are not compared
/// with the length of a meeting, nor girls released with girls abducted.
/// </summary>
public static class NumericDisagreements
{
    const double SameContext = 0.12;
    const double SameLocalContext = 0.15;
    /// <summary>For a unit of measure the words near the number must say much more of the same, two words at least (see Rules/measurement-units.txt).</summary>
    const double SameMeasurementContext = 0.3;
    static readonly HashSet<string> MeasurementUnits = new(RuleFiles.Lines("measurement-units.txt").Select(l => l.Trim()).Where(l => l.Length > 0), StringComparer.Ordinal);

    /// <param name="Basis">Why the two claims are taken to be of one fact, and what speaks against it.</param>
    /// <param name="Confident">The basis is evidence (aligned sentences, or the same subject, predicate and counted thing) and nothing speaks against it.</param>
    public sealed record Comparison(NumericClaim A, NumericClaim B, ClaimVerdict Verdict, string Basis = "", bool Confident = true);

    /// <summary>A group of claims on one quantity in one event, carried by two or more sources.</summary>
    public sealed record Group(string Event, string Topic, ClaimVerdict Verdict, IReadOnlyList<NumericClaim> Claims, IReadOnlyList<Comparison> Pairs);

    public static IReadOnlyList<Group> Find(Corpus corpus, IReadOnlyList<NumericClaim> claims) => Find(corpus, claims, null);

    /// <summary>
    /// With <paramref name="alignments"/>, sentences aligned as the same statement also count as speaking of the same
    /// fact, whatever their overlap of context words. (Aligned sentences alone would miss most real conflicts: sources
    /// that disagree on a number rarely word the rest of the sentence alike.)
    /// </summary>
    public static IReadOnlyList<Group> Find(Corpus corpus, IReadOnlyList<NumericClaim> claims, IReadOnlyList<AlignedPair>? alignments)
    {
        var aligned = alignments is null ? null : SameFact.AlignedSentences(alignments);
        var named = RuleFiles.Rows("counted-things.tsv").ToDictionary(r => r[0], r => r.Length > 3 ? r[3].Split('|').ToHashSet(StringComparer.Ordinal) : [], StringComparer.Ordinal);
        // Two articles of one outlet are one source: a follow-up that revises a figure is not a contradiction between sources.
        string SourceOf(string article) => Sources.Of(corpus.Article(article));
        var groups = new List<Group>();
        foreach (var byEvent in claims.GroupBy(c => corpus.Article(c.Article).Event).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var byQuantity in byEvent.GroupBy(c => c.Quantity).OrderBy(g => g.Key, StringComparer.Ordinal))
                foreach (var (cluster, pairs) in Comparable(corpus, byQuantity.ToList(), named.GetValueOrDefault(byQuantity.Key), aligned, SourceOf))
                {
                    var verdict = pairs.Max(p => p.Verdict);
                    if (verdict == ClaimVerdict.Same) continue;
                    groups.Add(new Group(byEvent.Key, Topic(byQuantity.Key, cluster), verdict, cluster, pairs));
                }
        return groups;
    }

    /// <summary>
    /// Pairs of claims from different sources that speak of the same fact: their sentences share context, or the
    /// quantity is a named one (deaths, troops) and each article gives it a single value. Connected pairs form a group.
    /// </summary>
    static IEnumerable<(List<NumericClaim> Claims, List<Comparison> Pairs)> Comparable(Corpus corpus, List<NumericClaim> claims, HashSet<string>? interchangeable, HashSet<(string, int, string, int)>? aligned, Func<string, string> sourceOf)
    {
        var named = interchangeable is not null;
        var words = claims.Select(c => ClaimContext.Words(c.SentenceText, c.Counted)).ToList();
        var local = claims.Select(c => c.Context.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
        var subjects = claims.Select(c => ClaimSubject.Of(c.SentenceText, c.Start - corpus.SentencesOf(c.Article)[c.Sentence].Start)).ToList();
        var values = claims.GroupBy(c => c.Article).ToDictionary(g => g.Key, g => g.Select(c => c.Range).Distinct().Count());
        var inSentence = claims.Select(c => (c.Article, c.Sentence)).Distinct()
            .ToDictionary(k => k, k => NumericClaims.ValuesIn(corpus, corpus.Article(k.Article), k.Sentence).Select(r => (r.Low, r.High)).ToHashSet());
        bool SameThing(NumericClaim a, NumericClaim b) => a.Counted == b.Counted || interchangeable is not null && interchangeable.Contains(a.Counted) && interchangeable.Contains(b.Counted);
        // The other source states this value of the same thing somewhere: its different value counts something else
        // ("freed 21 of the more than 200 schoolgirls"), or an earlier figure it revises; either way not a contradiction.
        bool Interchangeable(NumericClaim c) => interchangeable is not null && interchangeable.Contains(c.Counted);
        var statedExactly = claims.Select(c => (c.Article, c.Counted, c.Range.Low, c.Range.High)).ToHashSet();
        var statedInterchangeably = claims.Where(Interchangeable).Select(c => (c.Article, c.Range.Low, c.Range.High)).ToHashSet();
        bool States(string article, NumericClaim c) =>
            statedExactly.Contains((article, c.Counted, c.Range.Low, c.Range.High)) || Interchangeable(c) && statedInterchangeably.Contains((article, c.Range.Low, c.Range.High));
        var group = Enumerable.Range(0, claims.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        var pairs = new List<(int A, int B, string Basis, bool Confident)>();
        foreach (var (i, j) in Candidates(claims, words, local, values, named, aligned, claims.Select(c => sourceOf(c.Article)).ToList()))
            {
                var (a, b) = (claims[i], claims[j]);
                if (sourceOf(a.Article) == sourceOf(b.Article)) continue;
                // "84 people" killed and "10 children" killed count different groups.
                if (!SameThing(a, b)) continue;
                // A value the other source's sentence also states is confirmed there, not contradicted ("three sacks and
                // two sacks" in both): comparing it with the sentence's other value would pair the wrong facts.
                if (inSentence[(b.Article, b.Sentence)].Contains((a.Range.Low, a.Range.High)) || inSentence[(a.Article, a.Sentence)].Contains((b.Range.Low, b.Range.High))) continue;
                if (States(b.Article, a) || States(a.Article, b)) continue;
                // "200 schoolgirls abducted in 2014" is background, not the news of "21 schoolgirls released".
                if (!SameTime(a, b)) continue;
                // "a speed limit of 12 mph" and "a top speed of 50 mph" are values of different things.
                if (a.Measure is not null && b.Measure is not null && a.Measure != b.Measure) continue;
                var isAligned = aligned?.Contains((a.Article, a.Sentence, b.Article, b.Sentence)) == true;
                var localSimilarity = ClaimContext.Similarity(local[i], local[j]);
                var sameStatement = MeasurementUnits.Contains(a.Counted)
                    ? isAligned || localSimilarity >= SameMeasurementContext && local[i].Count(local[j].Contains) >= 2
                    : localSimilarity >= SameLocalContext && (ClaimContext.Similarity(words[i], words[j]) >= SameContext || isAligned);
                var sameFact = sameStatement || named && values[a.Article] == 1 && values[b.Article] == 1;
                if (!sameFact) continue;
                // Topic words and a named quantity are leads; evidence is the same statement (aligned) or the same
                // subject, predicate and counted thing (shared words right around the number, the same counted noun).
                var against = SameFact.Against(a.SentenceText, a.Context, b.SentenceText, b.Context);
                // A named quantity (deaths, troops) says its predicate itself ("killed", "claimed the lives of"): with one value
                // an article and a name both sentences give (the subject), it is the same subject, predicate and counted thing.
                var sharedNames = SameFact.Shared(SameFact.Names(a.SentenceText), SameFact.Names(b.SentenceText));
                // The whole subject run, not a word the sentences share: "bitcoin cash" lost and "bitcoin" lost are two facts;
                // and "he" needs to win 55 percent says whose number it is only through a name both sentences give.
                against ??= ClaimSubject.Different(subjects[i], subjects[j]);
                var pronoun = subjects[i]?.Pronoun ?? subjects[j]?.Pronoun;
                if (against is null && !isAligned && pronoun is not null && sharedNames.Count == 0)
                    against = $"\"{pronoun}\" stands for the subject and the sentences name no one in common";
                var namedSubject = !sameStatement && sharedNames.Count > 0;
                var basis = isAligned ? SameFact.Aligned
                    : sameStatement ? $"{SameFact.SameSubjectPredicate} ({string.Join(", ", local[i].Intersect(local[j]).Order(StringComparer.Ordinal).Take(3).Prepend(a.Counted).Distinct())})"
                    : namedSubject ? $"{SameFact.SameSubjectPredicate} ({a.Quantity}, one value an article, both name {string.Join(", ", sharedNames.Take(3))})"
                    : $"same quantity ({a.Quantity}), one value an article: no sentence evidence of one subject";
                var confident = (isAligned || sameStatement || namedSubject) && against is null;
                pairs.Add((i, j, against is null ? basis : $"{basis}; but {against}", confident));
                group[Root(j)] = Root(i);
            }
        return pairs.GroupBy(p => Root(p.A)).Select(g =>
        {
            var members = g.SelectMany(p => new[] { p.A, p.B }).Distinct().Order().Select(i => claims[i]).ToList();
            return (members, g.Select(p => Compare(claims[p.A], claims[p.B], p.Basis, p.Confident)).ToList());
        });
    }

    /// <summary>
    /// The range model's verdict, but for two shares that add up to the whole ("1 in 3" and "two in three", 30 and 70
    /// percent): the two sides of one figure, compatible.
    /// </summary>
    static Comparison Compare(NumericClaim a, NumericClaim b, string basis, bool confident)
    {
        var verdict = a.Range.Compare(b.Range);
        // Only stated shares ("1 in 3", "30 percent"), not bounds: the complement of "more than 50" is everything below it.
        static bool Stated(ValueRange r) => r.High - r.Low <= 1 && !r.Vague;
        if (verdict == ClaimVerdict.Conflict && a.Counted == "percent" && b.Counted == "percent" && Stated(a.Range) && Stated(b.Range)
            && a.Range.Overlaps(new ValueRange(100 - b.Range.High - 0.5, 100 - b.Range.Low + 0.5, b.Range.Precision, b.Range.Vague)))
            return new Comparison(a, b, ClaimVerdict.Compatible, $"complementary shares (they add up to the whole); {basis}", confident);
        return new Comparison(a, b, verdict, basis, confident);
    }

    /// <summary>
    /// The pairs the loop of <see cref="Comparable"/> could accept, in its order, without trying every pair: claims whose
    /// sentences share a word near the number (every accepted pair does, but for the two below), claims in aligned
    /// sentences, and, for a named quantity, claims of articles that give it a single value.
    /// </summary>
    static IEnumerable<(int I, int J)> Candidates(List<NumericClaim> claims, List<HashSet<string>> words, List<HashSet<string>> local,
        Dictionary<string, int> values, bool named, HashSet<(string, int, string, int)>? aligned, List<string> sources)
    {
        // Pairs of one source are never compared (the loop skips them first): they are not made.
        var pairs = CandidatePairs.SharingAWord(local, sources: sources).ToHashSet();
        if (aligned is not null)
        {
            var bySentence = Enumerable.Range(0, claims.Count).GroupBy(i => (claims[i].Article, claims[i].Sentence)).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (articleA, sentenceA, articleB, sentenceB) in aligned)
                if (bySentence.TryGetValue((articleA, sentenceA), out var xs) && bySentence.TryGetValue((articleB, sentenceB), out var ys))
                    foreach (var x in xs)
                        foreach (var y in ys)
                            if (x != y && sources[x] != sources[y]) pairs.Add((Math.Min(x, y), Math.Max(x, y)));
        }
        if (named)
        {
            // Across sources only, source by source: the pairs made are the pairs kept.
            var single = Enumerable.Range(0, claims.Count).Where(i => values[claims[i].Article] == 1).GroupBy(i => sources[i]).Select(g => g.ToList()).ToList();
            for (var a = 0; a < single.Count; a++)
                for (var b = a + 1; b < single.Count; b++)
                    foreach (var x in single[a])
                        foreach (var y in single[b])
                            pairs.Add((Math.Min(x, y), Math.Max(x, y)));
        }
        var sorted = pairs.ToList();
        sorted.Sort();
        return sorted;
    }

    /// <summary>Both claims are the article's news, or the sentences date them to a past they share.</summary>
    static bool SameTime(NumericClaim a, NumericClaim b) =>
        a.PastDates == b.PastDates || a.PastDates.Split(' ').Intersect(b.PastDates.Split(' ')).Any(d => d.Length > 0);

    /// <summary>The groups as disagreement rows, each source's value linked to its sentence.</summary>
    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, IEnumerable<Group> groups) =>
        groups.Select(g =>
        {
            // The row stands on its verdict's pairs: confident when one of them rests on evidence.
            var decisive = g.Pairs.Where(p => p.Verdict == g.Verdict).ToList();
            var confident = decisive.FirstOrDefault(p => p.Confident);
            return new Disagreement("number", g.Event, g.Topic, Verdict(g.Verdict), Explain(corpus, g),
                g.Claims.Select(c => Evidence(corpus, c)).ToList(),
                confident is null ? Disagreement.Candidate : Disagreement.Confident, (confident ?? decisive[0]).Basis);
        });

    public static string Verdict(ClaimVerdict v) => v switch
    {
        ClaimVerdict.Conflict => "conflict",
        ClaimVerdict.DifferentPrecision => "different precision",
        ClaimVerdict.Compatible => "compatible",
        _ => "same",
    };

    static string Explain(Corpus corpus, Group g)
    {
        string Name(NumericClaim c) => $"\"{c.Value}\" ({corpus.Article(c.Article).Outlet})";
        var parts = g.Pairs.Where(p => p.Verdict != ClaimVerdict.Same)
            .OrderByDescending(p => p.Verdict)
            .Select(p => $"{Name(p.A)} and {Name(p.B)}: {Verdict(p.Verdict)}");
        return string.Join("; ", parts);
    }

    static Evidence Evidence(Corpus corpus, NumericClaim c)
    {
        var article = corpus.Article(c.Article);
        return new Evidence(article.File, article.Id, article.Outlet, c.Value, c.Claimant is null ? null : $"says {c.Claimant}", c.Start, c.End, c.SentenceText);
    }

    static string Topic(string quantity, List<NumericClaim> claims)
    {
        var counted = claims.Select(c => c.Counted).Distinct().Where(c => c != quantity).Order(StringComparer.Ordinal).ToList();
        return counted.Count == 0 ? quantity : $"{quantity} ({string.Join(", ", counted)})";
    }
}
