namespace Research;

/// <summary>A speaker across the corpus: one person however each source spells them, with the spellings kept.</summary>
/// <param name="Name">The canonical name: the most used full spelling ("Sergei Lavrov").</param>
/// <param name="Variants">Every way the sources wrote the speaker where quoted ("Russian Foreign Minister Sergey Lavrov", "Lavrov").</param>
/// <param name="Quotes">How many attributed quotes the corpus gives the speaker.</param>
/// <param name="Outlets">The outlets quoting the speaker.</param>
/// <param name="Named">False for an unnamed role ("senior State Department official").</param>
public sealed record Speaker(string Name, IReadOnlyList<string> Variants, int Quotes, IReadOnlyList<string> Outlets, bool Named);
