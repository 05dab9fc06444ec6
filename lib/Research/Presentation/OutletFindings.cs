namespace Research;

/// <summary>What notebook 04 found: how many outlets and events, which outlets' quotes others confirm, whose numbers conflict.</summary>
public static class OutletFindings
{
    public static Findings Of(IReadOnlyList<OutletEventRow> rows, IReadOnlyList<OutletProfile> profiles, IEnumerable<NumericDisagreements.Group> numbers)
    {
        var sentences = new List<string>
        {
            $"{Findings.Count(rows.Count, "article")} of {Findings.Count(rows.Select(r => r.Event).Distinct().Count(), "event")} come from {Findings.Count(rows.Select(r => r.Outlet).Distinct().Count(), "outlet")}; " +
            $"{profiles.Count} of them have enough articles to compare.",
        };
        var quoting = profiles.Where(p => p.AttributedQuotes > 0).OrderByDescending(p => p.QuoteMatchRate).ThenBy(p => p.Outlet, StringComparer.Ordinal).ToList();
        if (quoting.Count > 1)
            sentences.Add($"Quotes that another outlet of the event also prints: most often in {quoting[0].Outlet} ({Findings.Percent(quoting[0].QuoteMatchRate)} of {quoting[0].AttributedQuotes}), least in {quoting[^1].Outlet} ({Findings.Percent(quoting[^1].QuoteMatchRate)} of {quoting[^1].AttributedQuotes}).");
        var conflicts = numbers.Where(g => g.Verdict == ClaimVerdict.Conflict).ToList();
        sentences.Add($"{Findings.Count(conflicts.Count, "group of numbers conflicts", "groups of numbers conflict")}, in {Findings.Count(conflicts.Select(g => g.Event).Distinct().Count(), "event")}.");
        var conflicting = profiles.Where(p => p.ClaimsInConflict > 0).OrderByDescending(p => p.ClaimsInConflict).ThenByDescending(p => p.ConflictRate).ThenBy(p => p.Outlet, StringComparer.Ordinal).ToList();
        sentences.Add(conflicting.Count == 0 ? "No compared outlet has a number in conflict."
            : $"{Findings.Count(conflicting.Count, "compared outlet has", "compared outlets have")} a number in conflict; {conflicting[0].Outlet} has the most, {conflicting[0].ClaimsInConflict} of {Findings.Count(conflicting[0].ClaimsCompared, "compared number")}.");
        return new Findings(sentences);
    }
}
