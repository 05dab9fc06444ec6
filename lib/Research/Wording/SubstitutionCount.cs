namespace Research;

/// <summary>A change the sources make to each other's wording, counted over the corpus: Sergey → Sergei in 2 pairs, 3 sources.</summary>
public sealed record SubstitutionCount(string Class, string From, string To, int Pairs, int Sources, string Outlets)
{
    /// <summary>Spelling variants and word or phrase substitutions, most frequent first; fragments (<see cref="SubstitutionFragment"/>) left out.</summary>
    public static IReadOnlyList<SubstitutionCount> Table(Corpus corpus, IEnumerable<AlignedPair> pairs) =>
        pairs.SelectMany(p => p.Differences.Where(d => d.Class is "spelling" or "substitution" or "number" && !SubstitutionFragment.IsFragment(d.Removed, d.Added)).Select(d => (p, d)))
            .GroupBy(x => (x.d.Class, x.d.Removed, x.d.Added))
            .Select(g =>
            {
                var articles = g.SelectMany(x => new[] { x.p.ArticleA, x.p.ArticleB }).Distinct().ToList();
                return new SubstitutionCount(g.Key.Class, g.Key.Removed, g.Key.Added, g.Count(), articles.Count,
                    string.Join(", ", articles.Select(a => corpus.Article(a).Outlet).Distinct().Order(StringComparer.Ordinal)));
            })
            .OrderBy(s => s.Class == "spelling" ? 0 : s.Class == "number" ? 1 : 2).ThenByDescending(s => s.Pairs).ThenBy(s => s.From, StringComparer.Ordinal)
            .ToList();
}
