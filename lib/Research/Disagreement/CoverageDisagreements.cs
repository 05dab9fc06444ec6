namespace Research;

/// <summary>
/// Statements most sources of an event carry and some leave out: a passage carried by at least half of the event's
/// sources (and two or more) is listed with the sources that omit it. What is left out is itself a finding.
/// </summary>
/// <remarks>
/// The disagreement's sources are the articles that leave the statement out (value "left out"): a row of an omission
/// names who omitted it. Each one's note names the outlets that carry it, and its sentence is the statement as the
/// first carrying source words it; the span is 0–0, since an omission has no place in the article.
/// </remarks>
public static class CoverageDisagreements
{
    public const string LeftOut = "left out";

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
            var carriedBy = "carried by " + string.Join(", ", x.p.Readings.Select(r => r.Outlet).Distinct());
            return new Disagreement("coverage", x.p.Event, topic, "omitted",
                $"left out by {string.Join(", ", x.omitting.Select(a => a.Outlet))}; carried by {x.p.Sources} of {x.Count} sources",
                x.omitting.Select(a => new Evidence(a.File, a.Id, a.Outlet, LeftOut, carriedBy, 0, 0, first)).ToList(),
                Disagreement.Confident, $"{SameFact.Aligned}: the carriers' sentences, none aligned in the others");
        });
}
