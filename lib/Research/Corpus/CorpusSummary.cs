using System.Text;

namespace Research;

/// <summary>What a corpus holds, at a glance: counts by outlet and event, the date range, removals by rule, problems.</summary>
public sealed record CorpusSummary(
    int Articles,
    int Sentences,
    int Events,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    int Undated,
    IReadOnlyList<(string Outlet, int Articles, bool Inferred)> Outlets,
    IReadOnlyList<(string Rule, int Removals)> Removals,
    IReadOnlyList<LoadProblem> Problems)
{
    public static CorpusSummary Of(Corpus corpus)
    {
        var dates = corpus.Articles.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();
        return new CorpusSummary(
            corpus.Articles.Count,
            corpus.Sentences.Count,
            corpus.Events.Count,
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            corpus.Articles.Count - dates.Count,
            corpus.Articles.GroupBy(a => a.Outlet)
                .Select(g => (g.Key, g.Count(), g.Any(a => a.OutletInferred)))
                .OrderByDescending(o => o.Item2).ThenBy(o => o.Key, StringComparer.Ordinal).ToList(),
            corpus.Removed.GroupBy(r => r.Rule)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            corpus.Problems);
    }

    const int MaxOutlets = 15;

    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine($"{Articles} articles, {Sentences} sentences, {Events} event{(Events == 1 ? "" : "s")}, {Outlets.Count} outlets");
        s.AppendLine(FirstDate is null ? "dates: none known" : $"dates: {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}" + (Undated > 0 ? $" ({Undated} undated)" : ""));
        s.AppendLine(Outlets.Count > MaxOutlets ? $"outlets (the {MaxOutlets} with most articles):" : "outlets:");
        foreach (var (outlet, n, inferred) in Outlets.Take(MaxOutlets)) s.AppendLine($"  {n,5}  {outlet}{(inferred ? " (inferred from the text)" : "")}");
        if (Outlets.Count > MaxOutlets) s.AppendLine($"  {Outlets.Skip(MaxOutlets).Sum(o => o.Articles),5}  from {Outlets.Count - MaxOutlets} other outlets");
        s.AppendLine(Removals.Count == 0 ? "removed: nothing" : $"removed ({Removals.Sum(r => r.Removals)} pieces of text, see the Removed table):");
        foreach (var (rule, n) in Removals) s.AppendLine($"  {n,5}  {rule}");
        if (Problems.Count > 0)
        {
            s.AppendLine($"problems ({Problems.Count} files):");
            foreach (var p in Problems) s.AppendLine($"  {p}");
        }
        return s.ToString();
    }

    public override string ToString() => ToText();
}
