namespace Research;

/// <summary>
/// Statements most sources of an event carry and some leave out: a passage carried by at least half of the event's
/// sources (and two or more) is listed with the sources that omit it. What is left out is itself a finding.
/// </summary>
public static class CoverageDisagreements
{
    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, IEnumerable<Passage> passages) =>
        passages.Select(p =>
        {
            var all = corpus.ArticlesIn(p.Event);
            var carriers = p.Readings.Select(r => r.Article).ToHashSet();
            var omitting = all.Where(a => !carriers.Contains(a.Id)).ToList();
            return (p, all.Count, omitting);
        })
        .Where(x => x.omitting.Count > 0 && x.p.Sources >= 2 && x.p.Sources * 2 >= x.Count)
        .Select(x =>
        {
            var first = x.p.Readings[0].Text;
            var topic = "statement: " + (first.Length > 80 ? first[..77] + "…" : first);
            return new Disagreement("coverage", x.p.Event, topic, "omitted",
                $"carried by {x.p.Sources} of {x.Count} sources; left out by {string.Join(", ", x.omitting.Select(a => a.Outlet))}",
                x.p.Readings.Select(r => new Evidence(corpus.Article(r.Article).File, r.Article, r.Outlet, "carries it", null, r.Start, r.End, r.Text)).ToList(),
                Disagreement.Confident, $"{SameFact.Aligned}: the carriers' sentences, none aligned in the others");
        });
}
