namespace Research;

/// <summary>
/// Sources that place the same happening on different days: date claims of an event's sources (outlets) whose sentences
/// speak of the same thing (shared context words) and whose resolved days differ. Only single days are compared, in
/// sentences that give one date, from articles written within a week of each other.
/// </summary>
public static class DateDisagreements
{
    const double SameContext = 0.25;
    const int SameWeek = 7;

    public sealed record Conflict(string Event, DateClaim A, DateClaim B, double Similarity);

    public static IReadOnlyList<Conflict> Find(Corpus corpus, IReadOnlyList<DateClaim> claims)
    {
        var found = new List<Conflict>();
        foreach (var byEvent in claims.GroupBy(c => corpus.Article(c.Article).Event).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A sentence with several dates ("said Tuesday that ... boarded the Sunday flight") cannot say which one matches.
            var list = byEvent.GroupBy(c => (c.Article, c.Sentence)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
            var words = list.Select(c => ClaimContext.Words(c.SentenceText, c.Text.ToLowerInvariant())).ToList();
            // Only pairs that share a context word can reach the similarity asked for: found through an index, not every pair.
            foreach (var (i, j) in CandidatePairs.SharingAWord(words))
                {
                    if (Sources.Of(corpus.Article(list[i].Article)) == Sources.Of(corpus.Article(list[j].Article)) || list[i].Overlaps(list[j])) continue;
                    // Only days against days, in articles written the same week: "next month" in December and "Monday" in
                    // February may both be right about different happenings.
                    if (!list[i].IsDay || !list[j].IsDay || !SameWeekOfWriting(corpus, list[i], list[j])) continue;
                    var similarity = ClaimContext.Similarity(words[i], words[j]);
                    if (similarity >= SameContext) found.Add(new Conflict(byEvent.Key, list[i], list[j], similarity));
                }
        }
        return found;
    }

    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, IEnumerable<Conflict> conflicts) =>
        conflicts.Select(c => new Disagreement("date", c.Event, Topic(c), "conflict",
            $"{Describe(corpus, c.A)} but {Describe(corpus, c.B)}",
            [Evidence(corpus, c.A), Evidence(corpus, c.B)]));

    static bool SameWeekOfWriting(Corpus corpus, DateClaim a, DateClaim b) =>
        corpus.Article(a.Article).Date is not DateOnly x || corpus.Article(b.Article).Date is not DateOnly y || Math.Abs(x.DayNumber - y.DayNumber) <= SameWeek;

    static string Describe(Corpus corpus, DateClaim c) => $"{corpus.Article(c.Article).Outlet} says \"{c.Text}\" ({c.Days})";

    static string Topic(Conflict c)
    {
        var shared = ClaimContext.Words(c.A.SentenceText, "").Intersect(ClaimContext.Words(c.B.SentenceText, "")).Order(StringComparer.Ordinal).Take(4);
        return "when: " + string.Join(", ", shared);
    }

    static Evidence Evidence(Corpus corpus, DateClaim c)
    {
        var article = corpus.Article(c.Article);
        return new Evidence(article.File, article.Id, article.Outlet, c.Text, $"{c.Days}: {c.Resolution}", c.Start, c.End, c.SentenceText);
    }
}
