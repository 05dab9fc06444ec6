namespace Research;

/// <summary>What notebook 01 found: how many statements the sources share, which pairs copy, and what changes between readings.</summary>
public static class WordingFindings
{
    public static Findings Of(Corpus corpus, IReadOnlyList<AlignedPair> alignments, IReadOnlyList<SourceRelation> relations, IReadOnlyList<Passage> passages)
    {
        var withEvidence = relations.Where(r => r.SharedStatements > 0).ToList();
        var sentences = new List<string>
        {
            $"{Findings.Count(alignments.Count, "aligned sentence pair")} link {withEvidence.Count} of {Findings.Count(relations.Count, "pair")} of articles; " +
            $"{relations.Count - withEvidence.Count} share no statement.",
            $"{Findings.Count(relations.Count(r => r.Verdict == "copy"), "pair is a copy", "pairs are copies")} and {Findings.Count(relations.Count(r => r.Verdict == "reworded-copy"), "pair a re-worded copy", "pairs re-worded copies")}.",
        };
        if (withEvidence.OrderByDescending(r => r.StatementShare).ThenByDescending(r => r.SharedStatements).FirstOrDefault() is { } closest)
            sentences.Add($"The closest pair is {closest.OutletA} and {closest.OutletB}: {Findings.Count(closest.SharedStatements, "shared statement")}, {Findings.Percent(closest.StatementShare)} of the shorter article.");
        var sourcesPerEvent = corpus.Events.ToDictionary(e => e, e => corpus.ArticlesIn(e).Count);
        if (passages.Count > 0)
            sentences.Add($"Of {Findings.Count(passages.Count, "statement")} carried by more than one source, {passages.Count(p => p.Sources == sourcesPerEvent[p.Event])} are carried by every source of the event.");
        var differences = alignments.SelectMany(p => p.Differences).GroupBy(d => d.Class).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (differences.Count > 0)
        {
            var substitutions = SubstitutionCount.Table(corpus, alignments);
            sentences.Add($"The commonest difference between aligned readings is {differences[0].Key} ({differences[0].Count()} of {differences.Sum(g => g.Count())}); " +
                $"{Findings.Count(substitutions.Count(s => s.Class == "spelling"), "spelling variant")} and {Findings.Count(substitutions.Count(s => s.Class == "substitution"), "substitution")} of wording remain once fragments are set aside.");
        }
        return new Findings(sentences);
    }
}
