namespace Research;

/// <summary>
/// How two articles of an event relate: the share of statements they share (of the shorter one's sentences), their
/// verbatim overlap (share of the shorter one's 8-word runs found in the other, and the longest shared run), and the
/// verdict: `copy` (long verbatim runs: 30% of 8-word runs, or one of 25 words), `reworded-copy` (a fifth of the
/// statements shared with little verbatim: a translation or rewrite), or `related`. When dates differ, the earlier article is the likely source.
/// </summary>
public sealed record SourceRelation(string Event, string ArticleA, string ArticleB, string OutletA, string OutletB,
    int SharedStatements, double StatementShare, double VerbatimShare, int LongestRun, string Verdict, string? LikelySource);
