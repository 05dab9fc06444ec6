namespace Research;

/// <summary>
/// Disagreements as a notebook reader reads them: one row a source's reading, with the columns that tell (topic,
/// verdict, outlet, value, sentence). Files and character offsets stay in <see cref="DisagreementReport.Rows"/> and the
/// CSV of <c>research disagreements</c>; a column that would say the same on every row (one event, one kind) or nothing
/// (no notes) is left out, so the sentence gets the width. Omissions read as who left out which statement, carried by whom.
/// </summary>
public static class DisagreementTable
{
    public static Table Of(IEnumerable<Disagreement> disagreements)
    {
        var list = disagreements.ToList();
        var rows = DisagreementReport.Rows(list).ToList();
        var columns = new List<(string Name, Func<DisagreementRow, object?> Value)>();
        if (list.Select(d => d.Event).Distinct().Count() > 1) columns.Add(("Event", r => r.Event));
        if (list.Count > 0 && list.All(d => d.Kind == "coverage"))
            columns.AddRange([("LeftOutBy", r => r.Outlet), ("Statement", r => r.Sentence), ("CarriedBy", r => r.Note)]);
        else
        {
            if (list.Select(d => d.Kind).Distinct().Count() > 1) columns.Add(("Kind", r => r.Kind));
            columns.AddRange([("Topic", r => r.Topic), ("Verdict", r => r.Verdict), ("Outlet", r => r.Outlet), ("Value", r => r.Value)]);
            if (rows.Any(r => !string.IsNullOrEmpty(r.Note))) columns.Add(("Note", r => r.Note));
            columns.Add(("Sentence", r => r.Sentence));
        }
        return new Table(columns.Select(c => c.Name).ToList(), rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToArray()).ToList());
    }
}
