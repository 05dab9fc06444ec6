namespace Research;

/// <summary>The same statement as quoted by one or more sources: its wordings, speakers and sources.</summary>
/// <param name="Id">`C1`, `C2`, ...: numbered by how many sources carry the cluster, then by first appearance.</param>
/// <param name="Wording">The most common wording (ties: the longest), the one every variant is compared with.</param>
/// <param name="Speakers">The canonical speakers the sources name, most named first.</param>
/// <param name="Outlets">The outlets carrying the statement.</param>
/// <param name="Variants">Each quote of the cluster with its word-level difference from <paramref name="Wording"/>.</param>
public sealed record QuoteCluster(string Id, string Wording, IReadOnlyList<string> Speakers, IReadOnlyList<string> Outlets, IReadOnlyList<string> Articles, IReadOnlyList<QuoteVariant> Variants)
{
    public int Sources => Outlets.Count;
}

/// <summary>One source's wording of a clustered statement, and how it differs from the cluster's most common wording.</summary>
/// <param name="Reference">The cluster's most common wording, which <see cref="Diff"/> compares with.</param>
public sealed record QuoteVariant(string QuoteId, string Article, string Outlet, string Text, string? Speaker, string Kind, string Reference)
{
    IReadOnlyList<WordDiffPiece>? diff;

    /// <summary>The word-level difference from <see cref="Reference"/> (computed when first asked for).</summary>
    public IReadOnlyList<WordDiffPiece> Diff => diff ??= Text == Reference ? [new WordDiffPiece("same", Text)] : WordDiff.Between(Reference, Text);
}
