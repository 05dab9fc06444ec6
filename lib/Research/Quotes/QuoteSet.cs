namespace Research;

/// <summary>Everything quote extraction finds in a corpus: the quotes, the speakers, the clusters and the doubts.</summary>
public sealed record QuoteSet(IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker> Speakers, IReadOnlyList<QuoteCluster> Clusters, IReadOnlyList<Misattribution> Misattributions)
{
    /// <summary>Attributed quotes only: what a reader means by "who said what".</summary>
    public IEnumerable<Quote> Attributed => Quotes.Where(q => q.Attributed);

    Dictionary<string, Quote>? byId;

    public QuoteCluster Cluster(string id) => Clusters.First(c => c.Id == id);

    /// <summary>The quote with this id (`article#n`).</summary>
    public Quote Quote(string id) => (byId ??= Quotes.ToDictionary(q => q.Id, StringComparer.Ordinal))[id];
}
