namespace Research;

/// <summary>
/// Quotes credited to different people: a statement the sources attribute to different speakers (a conflict when both
/// are people; compatible when one is the organisation, outlet or place that relays the other), or a quote one
/// speaker relays from another ("“We do not want any conflict,” said President Putin, “Lavrov said."), from the quote
/// analysis, each source's reading being the speaker it names, at the quote's place in the article.
/// </summary>
public static class AttributionDisagreements
{
    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, QuoteSet quotes) =>
        quotes.Misattributions.Select(m =>
        {
            var cluster = quotes.Cluster(m.Cluster);
            var topic = "who said: \"" + (cluster.Wording.Length > 80 ? cluster.Wording[..77] + "…" : cluster.Wording) + "\"";
            var (verdict, explanation) = m.Kind switch
            {
                "nested" => ("relayed", $"the quote is credited to {string.Join(" and relayed by ", m.Speakers)}"),
                "person-and-organisation" => ("compatible", $"sources credit it to {string.Join(", ", m.Speakers)}: a person and the organisation, outlet or place that relays them, which may both be right"),
                _ => ("conflict", $"sources credit it to different people: {string.Join(", ", m.Speakers)}"),
            };
            return new Disagreement("attribution", corpus.Article(quotes.Quote(m.Quotes[0]).Article).Event, topic, verdict, explanation,
                m.Quotes.Select(id => Evidence(corpus, quotes.Quote(id))).ToList());
        });

    static Evidence Evidence(Corpus corpus, Quote q)
    {
        var sentence = corpus.SentencesOf(q.Article).FirstOrDefault(s => s.Start <= q.Start && q.Start < s.End)?.Text ?? q.Text;
        var speaker = q.Speaker ?? q.SpeakerMention ?? "unattributed";
        var note = q.RelayedBy is null ? (q.SpeakerMention is null ? null : $"as written: {q.SpeakerMention}") : $"relayed by {q.RelayedBy}";
        return new Evidence(q.File, q.Article, q.Outlet, speaker, note, q.Start, q.End, sentence);
    }
}
