namespace Research;

/// <summary>
/// A same-statement match by part: two sentences that are not the same statement as wholes may still share one,
/// when one of them (or both) says more: a clause of one (<see cref="Clauses"/>) against the other whole or a clause
/// of it. Taken only when the parts are the same statement by <see cref="SameStatement"/> at a stricter
/// threshold and share enough terms that topic words alone do not join them.
/// </summary>
public sealed class PartMatch
{
    /// <summary>The probability at or above which two parts are taken for one statement: stricter than the whole
    /// sentence's, since a short clause shares its few words more easily.</summary>
    public const double Threshold = 0.7;

    /// <summary>The fewest terms two parts must share that are not names, numbers or words telling who spoke.</summary>
    public const int MinSharedContent = 3;

    /// <summary>Words that tell who spoke (titles, roles, nationalities of `quote-speakers.tsv`), as terms: "said the US
    /// foreign minister" shares them with any sentence about a foreign minister without sharing a statement.</summary>
    static readonly HashSet<string> SpeakerTerms = new(
        RuleFiles.Rows("quote-speakers.tsv").Where(r => r.Length > 1 && r[1] is "title" or "role" or "nationality")
            .SelectMany(r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => StatementTerms.Stem(w.ToLowerInvariant())),
        StringComparer.Ordinal);

    static bool IsContent(string term) => term[0] != '~' && !char.IsDigit(term[0]) && !SpeakerTerms.Contains(term);

    /// <summary>The sentence's parts: its clauses, when it has more than one.</summary>
    public static StatementText[] Parts(string normalized)
    {
        var clauses = Clauses.Of(normalized);
        return clauses.Count < 2 ? [] : clauses.Select(c => new StatementText(c)).ToArray();
    }

    /// <summary>Whether two sentences share enough content for any of their parts to: a cheap test before cutting them.</summary>
    public static bool MayMatch(StatementText a, StatementText b) => SharedContent(a, b) >= MinSharedContent;

    static int SharedContent(StatementText x, StatementText y) => x.Terms.Count(t => y.Terms.Contains(t) && IsContent(t));

    /// <summary>The best score of a part of one against the other or a part of it, among pairs sharing enough terms; 0 when none.</summary>
    public static double Score(SameStatement model, StatementText a, StatementText[] partsA, StatementText b, StatementText[] partsB)
    {
        var best = 0.0;
        void Try(StatementText x, StatementText y)
        {
            if (SharedContent(x, y) < MinSharedContent) return;
            var s = model.Score(x, y);
            if (s > best) best = s;
        }
        foreach (var x in partsA)
        {
            Try(x, b);
            foreach (var y in partsB) Try(x, y);
        }
        foreach (var y in partsB) Try(a, y);
        return best;
    }
}
