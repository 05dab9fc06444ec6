namespace Research;

/// <summary>
/// Every disagreement the kit finds between the sources of each event, kind by kind, each row carrying the
/// sentences it rests on: numbers and dates from the claims, names and descriptions from each article's wording,
/// coverage from the sentence alignment,
/// attributions from the quote analysis.
/// </summary>
public static class DisagreementReport
{
    /// <param name="view">Confident rows only (the default: a conflict row is one the kit has evidence for), or every candidate too.</param>
    public static IReadOnlyList<Disagreement> Build(Corpus corpus, DisagreementView view = DisagreementView.Confident) =>
        Build(corpus, Quotes.Extract(corpus), SentenceAligner.Align(corpus), view);

    /// <summary>The report from quotes and alignments already computed (a notebook that shows them too computes them once).</summary>
    public static IReadOnlyList<Disagreement> Build(Corpus corpus, QuoteSet quotes, IReadOnlyList<AlignedPair> alignments, DisagreementView view = DisagreementView.Confident)
    {
        var numbers = NumericDisagreements.Find(corpus, NumericClaims.Extract(corpus), alignments);
        var dates = DateDisagreements.Find(corpus, DateClaims.Extract(corpus), alignments);
        return NumericDisagreements.AsDisagreements(corpus, numbers)
            .Concat(DateDisagreements.AsDisagreements(corpus, dates))
            .Concat(NameDisagreements.AsDisagreements(corpus))
            .Concat(DescriptionDisagreements.AsDisagreements(corpus))
            .Concat(AttributionDisagreements.AsDisagreements(corpus, quotes))
            .Concat(CoverageDisagreements.AsDisagreements(corpus, Collation.Collate(corpus, alignments)))
            .OrderBy(d => d.Event, StringComparer.Ordinal)
            .ThenBy(d => KindOrder(d.Kind))
            .ThenBy(d => VerdictOrder(d.Verdict))
            .ThenBy(d => d.Topic, StringComparer.Ordinal)
            .Where(d => view == DisagreementView.All || d.IsConfident)
            .ToList();
    }

    /// <summary>What a view shows, in words, for a command or a notebook to say which one a reader is looking at.</summary>
    public static string Describe(DisagreementView view) => view == DisagreementView.All
        ? "all rows: confident ones and candidates (confidence column says which)"
        : "confident rows only, candidates hidden";

    /// <summary>One row a source reading: the flat table that notebooks show and CSV exports.</summary>
    public static IEnumerable<DisagreementRow> Rows(IEnumerable<Disagreement> disagreements) =>
        disagreements.SelectMany(d => d.Sources.Select(s =>
            new DisagreementRow(d.Kind, d.Event, d.Topic, d.Verdict, d.Confidence, d.Basis, s.Outlet, s.Value, s.Note, s.Doc, s.Start, s.End, s.Sentence)));

    static int KindOrder(string kind) => Array.IndexOf(["number", "date", "name", "description", "attribution", "coverage"], kind) is var i && i >= 0 ? i : 9;
    static int VerdictOrder(string verdict) => Array.IndexOf(["conflict", "relayed", "different precision", "compatible", "variant", "described differently", "omitted"], verdict) is var i && i >= 0 ? i : 9;
}

/// <summary>A disagreement flattened to one source's reading, for tables and CSV.</summary>
public sealed record DisagreementRow(string Kind, string Event, string Topic, string Verdict, string Confidence, string Basis, string Outlet, string Value, string? Note, string Doc, int Start, int End, string Sentence);
