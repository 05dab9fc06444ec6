namespace Research;

/// <summary>How many attributed quotes one outlet gives one speaker.</summary>
public sealed record SpeakerSourceCount(string Speaker, string Outlet, int Quotes);

/// <summary>A speaker's attributed quotes and the outlets carrying them.</summary>
public sealed record SpeakerCount(string Speaker, int Quotes, int Sources, string Variants);

/// <summary>An outlet's quotes: all, attributed, and the speakers it quotes.</summary>
public sealed record SourceCount(string Outlet, int Quotes, int Attributed, int Speakers);

/// <summary>A cluster's size: quotes, sources, speakers and its most common wording.</summary>
public sealed record ClusterCount(string Cluster, string Wording, string Speakers, int Sources, int Quotes);

/// <summary>One cell of the cluster × source matrix: the outlet's wording of the statement, or null when it does not carry it.</summary>
public sealed record ClusterSourceCell(string Cluster, string Wording, string Outlet, string? Text, string? Kind, bool SameAsWording);

/// <summary>One variant of a cluster with its word-level difference from the most common wording, as text
/// (`[-removed-]`, `{+added+}`; the pieces themselves are <see cref="QuoteVariant.Diff"/>).</summary>
public sealed record VariantDiffRow(string Cluster, string Outlet, string Article, string? Speaker, string Text, string Diff);

/// <summary>A misattribution flattened for a table: one row per evidence sentence.</summary>
public sealed record MisattributionRow(string Kind, string Cluster, string Speakers, string Outlet, string Article, string Evidence);

/// <summary>
/// The tables a notebook shows about quotes: frequencies by speaker, source and cluster, the cluster × source matrix,
/// variant diffs and misattributions. Pure functions of a <see cref="QuoteSet"/>; ordered so output is deterministic.
/// </summary>
public static class QuoteReport
{
    /// <summary>Attributed quotes per speaker per outlet (speakers with the most quotes first): the data of a stacked bar chart.</summary>
    public static IReadOnlyList<SpeakerSourceCount> BySpeakerAndSource(QuoteSet set, int topSpeakers = 10)
    {
        var top = BySpeaker(set).Take(topSpeakers).Select(s => s.Speaker).ToList();
        return set.Attributed.Where(q => q.Speaker is not null && top.Contains(q.Speaker))
            .GroupBy(q => (Speaker: q.Speaker!, q.Outlet))
            .Select(g => new SpeakerSourceCount(g.Key.Speaker, g.Key.Outlet, g.Count()))
            .OrderBy(r => top.IndexOf(r.Speaker)).ThenBy(r => r.Outlet, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<SpeakerCount> BySpeaker(QuoteSet set) =>
        set.Speakers.Select(s => new SpeakerCount(s.Name, s.Quotes, s.Outlets.Count, string.Join("; ", s.Variants)))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Speaker, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<SourceCount> BySource(QuoteSet set) =>
        set.Quotes.GroupBy(q => q.Outlet)
            .Select(g => new SourceCount(g.Key, g.Count(), g.Count(q => q.Attributed), g.Where(q => q.Attributed && q.Speaker is not null).Select(q => q.Speaker).Distinct().Count()))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Outlet, StringComparer.Ordinal).ToList();

    /// <summary>Clusters of attributed quotes carried by at least <paramref name="minSources"/> outlets, most carried first.</summary>
    public static IReadOnlyList<ClusterCount> ByCluster(QuoteSet set, int minSources = 1) =>
        AttributedClusters(set, minSources)
            .Select(c => new ClusterCount(c.Id, c.Wording, string.Join(", ", c.Speakers), c.Sources, c.Variants.Count)).ToList();

    /// <summary>For each cluster carried by at least <paramref name="minSources"/> outlets, each outlet's wording (null when absent).</summary>
    public static IReadOnlyList<ClusterSourceCell> ClusterSourceMatrix(QuoteSet set, int minSources = 2)
    {
        var outlets = set.Quotes.Select(q => q.Outlet).Distinct().Order(StringComparer.Ordinal).ToList();
        var cells = new List<ClusterSourceCell>();
        foreach (var c in AttributedClusters(set, minSources))
            foreach (var outlet in outlets)
            {
                var v = c.Variants.Where(v => v.Outlet == outlet).OrderByDescending(v => v.Text.Length).FirstOrDefault();
                cells.Add(new ClusterSourceCell(c.Id, c.Wording, outlet, v?.Text, v?.Kind, v is not null && v.Text == c.Wording));
            }
        return cells;
    }

    /// <summary>The variants of the <paramref name="top"/> most carried clusters, each with its diff against the cluster's most common wording.</summary>
    public static IReadOnlyList<VariantDiffRow> VariantDiffs(QuoteSet set, int top = 5, int minSources = 2) =>
        AttributedClusters(set, minSources).Take(top)
            .SelectMany(c => c.Variants.Select(v => new VariantDiffRow(c.Id, v.Outlet, v.Article, v.Speaker, v.Text, WordDiff.ToText(v.Diff)))).ToList();

    public static IReadOnlyList<MisattributionRow> Misattributions(QuoteSet set) =>
        set.Misattributions.SelectMany(m => m.Evidence.Select(e => new MisattributionRow(m.Kind, m.Cluster, string.Join(" / ", m.Speakers), e.Outlet, e.Article, e.Text))).ToList();

    static IEnumerable<QuoteCluster> AttributedClusters(QuoteSet set, int minSources) =>
        set.Clusters.Where(c => c.Sources >= minSources && c.Variants.Any(v => set.Quotes is { } && IsAttributed(set, v.QuoteId)));

    static bool IsAttributed(QuoteSet set, string quoteId) => set.Quote(quoteId).Attributed;
}
