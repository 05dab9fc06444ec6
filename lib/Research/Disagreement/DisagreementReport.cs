namespace Research;

/// <summary>
/// Every disagreement the kit finds between the sources of each event, kind by kind, each row carrying the
/// sentences it rests on. Numbers and dates come from the claims here; names, attributions and coverage join as the
/// wording and quote analyses feed them in.
/// </summary>
public static class DisagreementReport
{
    public static IReadOnlyList<Disagreement> Build(Corpus corpus) => Build(corpus, Quotes.Extract(corpus));

    /// <summary>The report from quotes already extracted (a notebook that shows the quotes too extracts them once).</summary>
    public static IReadOnlyList<Disagreement> Build(Corpus corpus, QuoteSet quotes)
    {
        var numbers = NumericDisagreements.Find(corpus, NumericClaims.Extract(corpus));
        var dates = DateDisagreements.Find(corpus, DateClaims.Extract(corpus));
        return NumericDisagreements.AsDisagreements(corpus, numbers)
            .Concat(DateDisagreements.AsDisagreements(corpus, dates))
            .Concat(AttributionDisagreements.AsDisagreements(corpus, quotes))
            .OrderBy(d => d.Event, StringComparer.Ordinal)
            .ThenBy(d => KindOrder(d.Kind))
            .ThenBy(d => VerdictOrder(d.Verdict))
            .ThenBy(d => d.Topic, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One row a source reading: the flat table that notebooks show and CSV exports.</summary>
    public static IEnumerable<DisagreementRow> Rows(IEnumerable<Disagreement> disagreements) =>
        disagreements.SelectMany(d => d.Sources.Select(s =>
            new DisagreementRow(d.Kind, d.Event, d.Topic, d.Verdict, s.Outlet, s.Value, s.Note, s.Doc, s.Start, s.End, s.Sentence)));

    static int KindOrder(string kind) => Array.IndexOf(["number", "date", "name", "attribution", "coverage"], kind) is var i && i >= 0 ? i : 9;
    static int VerdictOrder(string verdict) => Array.IndexOf(["conflict", "relayed", "different precision", "compatible", "variant", "omitted"], verdict) is var i && i >= 0 ? i : 9;
}

/// <summary>A disagreement flattened to one source's reading, for tables and CSV.</summary>
public sealed record DisagreementRow(string Kind, string Event, string Topic, string Verdict, string Outlet, string Value, string? Note, string Doc, int Start, int End, string Sentence);
