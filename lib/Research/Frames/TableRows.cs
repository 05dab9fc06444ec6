namespace Research;

/// <summary>One source's reading of a passage, flattened for a table: the passage (event, number) and the reading.</summary>
public sealed record PassageReadingRow(string Event, int Passage, string Article, string Outlet, int Sentence, int Start, int End, string Text)
{
    public static IEnumerable<PassageReadingRow> From(IEnumerable<Passage> passages) =>
        passages.SelectMany(p => p.Readings.Select(r => new PassageReadingRow(p.Event, p.Number, r.Article, r.Outlet, r.Sentence, r.Start, r.End, r.Text)));
}

/// <summary>One quote of a cluster, flattened for a table: the cluster's id and the variant with its diff as text.</summary>
public sealed record ClusterVariantRow(string Cluster, string QuoteId, string Article, string Outlet, string? Speaker, string Kind, string Text, string Diff)
{
    public static IEnumerable<ClusterVariantRow> From(IEnumerable<QuoteCluster> clusters) =>
        clusters.SelectMany(c => c.Variants.Select(v => new ClusterVariantRow(c.Id, v.QuoteId, v.Article, v.Outlet, v.Speaker, v.Kind, v.Text, WordDiff.ToText(v.Diff))));
}
