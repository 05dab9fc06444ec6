namespace Research;

/// <summary>What notebook 03 found: how many points to check, of which kinds, which conflict, and who leaves statements out.</summary>
public static class DisagreementFindings
{
    public static Findings Of(IReadOnlyList<Disagreement> report)
    {
        var kinds = report.GroupBy(d => d.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}").ToList();
        var sentences = new List<string> { $"The sources disagree on {Findings.Count(report.Count, "point")} to check: {Findings.List(kinds)}." };
        var conflicts = report.Where(d => d.Verdict == "conflict").ToList();
        sentences.Add(conflicts.Count == 0 ? "None is a conflict: every difference found can be reconciled."
            : $"{Findings.Count(conflicts.Count, "point is a conflict", "points are conflicts")}, values that cannot all be true: {Findings.List(conflicts.Take(3).Select(d => d.Topic))}{(conflicts.Count > 3 ? " and more" : "")}.");
        var spelled = report.Count(d => d.Verdict == "variant");
        var described = report.Count(d => d.Verdict == "described differently");
        if (spelled + described > 0)
            sentences.Add($"{Findings.Count(spelled, "name is", "names are")} spelled differently and {Findings.Count(described, "thing is", "things are")} described in different words.");
        var omitted = report.Where(d => d.Kind == "coverage").ToList();
        if (omitted.Count > 0)
        {
            var most = omitted.SelectMany(d => d.Sources.Select(s => s.Outlet)).GroupBy(o => o)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            sentences.Add($"{Findings.Count(omitted.Count, "statement", "statements")} most sources carry {(omitted.Count == 1 ? "is" : "are")} left out by some; {most.Key} leaves out the most ({most.Count()}).");
        }
        return new Findings(sentences);
    }
}
