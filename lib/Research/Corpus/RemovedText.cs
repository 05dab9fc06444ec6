namespace Research;

/// <summary>Text the loader left out of the analysis (boilerplate, a repeated headline), kept so a reader can audit it.</summary>
/// <param name="Rule">The rule that removed it: a name from Rules/boilerplate.tsv, or `repeated-headline`.</param>
public sealed record RemovedText(string Article, int Start, int End, string Text, string Rule);
