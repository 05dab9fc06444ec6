namespace Research;

/// <summary>What notebook 00 found: the corpus's size, its outlets, its events and what the loader removed.</summary>
public static class CorpusFindings
{
    public static Findings Of(Corpus corpus)
    {
        var summary = CorpusSummary.Of(corpus);
        var sentences = new List<string>
        {
            $"The corpus holds {Findings.Count(summary.Articles, "article")} ({Findings.Count(summary.Sentences, "sentence")}) from {Findings.Count(summary.Outlets.Count, "outlet")} on {Findings.Count(summary.Events, "event")}" +
            (summary.FirstDate is { } first && summary.LastDate is { } last ? $", dated {first:yyyy-MM-dd} to {last:yyyy-MM-dd}." : "."),
        };
        var bySentences = corpus.Articles.Select(a => (a.Outlet, Sentences: corpus.SentencesOf(a.Id).Count))
            .OrderByDescending(a => a.Sentences).ThenBy(a => a.Outlet, StringComparer.Ordinal).ToList();
        if (bySentences.Count > 1)
            sentences.Add($"The longest article ({bySentences[0].Outlet}) has {Findings.Count(bySentences[0].Sentences, "sentence")}, the shortest ({bySentences[^1].Outlet}) {bySentences[^1].Sentences}.");
        if (summary.Undated > 0) sentences.Add($"{Findings.Count(summary.Undated, "article carries", "articles carry")} no date.");
        sentences.Add(summary.Removals.Count == 0 ? "The loader removed no boilerplate."
            : $"The loader removed {Findings.Count(summary.Removals.Sum(r => r.Removals), "piece")} of boilerplate, most by the rule {summary.Removals[0].Rule} ({summary.Removals[0].Removals}).");
        sentences.Add(summary.Problems.Count == 0 ? "Every file could be read." : $"{Findings.Count(summary.Problems.Count, "file")} could not be read (listed in the summary above).");
        return new Findings(sentences);
    }
}
