namespace Research;

/// <summary>
/// One place where the sources of an event differ: what kind of thing (number, date, name, description, attribution, coverage),
/// about what, the verdict, and each source's reading with the sentence that carries it.
/// </summary>
/// <param name="Kind">`number`, `date`, `name`, `description`, `attribution` or `coverage`.</param>
/// <param name="Verdict">`conflict`, `relayed`, `different precision`, `compatible`, `variant` (a spelling), `described differently` or `omitted`.</param>
/// <param name="Explanation">The verdict in a sentence a reader can check against the evidence.</param>
/// <param name="Confidence">`confident` (the kit has evidence the sources speak of the same thing) or `candidate` (a lead for a
/// person to check: shown only in the full view, <see cref="DisagreementView.All"/>).</param>
/// <param name="Basis">Why the sources' readings are taken to be of the same fact ("aligned sentences", "same subject, predicate
/// and counted thing", "same speaker and quote") and what lowers the confidence, for a reader to check.</param>
public sealed record Disagreement(string Kind, string Event, string Topic, string Verdict, string Explanation, IReadOnlyList<Evidence> Sources,
    string Confidence = Disagreement.Confident, string Basis = "")
{
    public const string Confident = "confident";
    public const string Candidate = "candidate";
    public bool IsConfident => Confidence == Confident;
}

/// <summary>Which rows a report holds: the confident ones (the default), or every candidate as well.</summary>
public enum DisagreementView { Confident, All }

/// <summary>A source's reading of a disputed point: the value as written and where it stands in the article.</summary>
/// <param name="Doc">The article's file name.</param>
/// <param name="Value">The value as written; <paramref name="Start"/> and <paramref name="End"/> are its span in the article's text.</param>
/// <param name="Note">What else the source says of it: who claims it, how a date was resolved.</param>
public sealed record Evidence(string Doc, string Article, string Outlet, string Value, string? Note, int Start, int End, string Sentence);
