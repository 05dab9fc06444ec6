namespace Research;

/// <summary>
/// Sources that place the same happening on different days: date claims of an event's sources (outlets) whose sentences
/// speak of the same thing and whose resolved days differ. Only single days are compared, in sentences that give one
/// date, from articles written within a week of each other. Shared context words make a candidate; a conflict is
/// confident only when the sentences are aligned as the same statement and nothing speaks against it. When one side
/// is a day read from an article's own date line ("today", "yesterday", a weekday next to it), the row says the
/// article's date may be what is wrong. The day something was said ("said Friday") is no rival of the day of what was said.
/// </summary>
public static class DateDisagreements
{
    const double SameContext = 0.25;
    const int SameWeek = 7;

    /// <param name="Aligned">The two sentences are aligned as the same statement.</param>
    /// <param name="Against">What speaks against the two dates being of one happening, or null.</param>
    public sealed record Conflict(string Event, DateClaim A, DateClaim B, double Similarity, bool Aligned = false, string? Against = null);

    public static IReadOnlyList<Conflict> Find(Corpus corpus, IReadOnlyList<DateClaim> claims) => Find(corpus, claims, null);

    public static IReadOnlyList<Conflict> Find(Corpus corpus, IReadOnlyList<DateClaim> claims, IReadOnlyList<AlignedPair>? alignments)
    {
        var aligned = alignments is null ? [] : SameFact.AlignedSentences(alignments);
        var found = new List<Conflict>();
        foreach (var byEvent in claims.GroupBy(c => corpus.Article(c.Article).Event).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A sentence with several dates ("said Tuesday that ... boarded the Sunday flight") cannot say which one matches.
            var list = byEvent.GroupBy(c => (c.Article, c.Sentence)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
            var words = list.Select(c => ClaimContext.Words(c.SentenceText, c.Text.ToLowerInvariant())).ToList();
            // Only pairs that share a context word can reach the similarity asked for: found through an index, not every pair.
            var sources = list.Select(c => Sources.Of(corpus.Article(c.Article))).ToList();
            foreach (var (i, j) in CandidatePairs.SharingAWord(words, sources: sources))
                {
                    if (Sources.Of(corpus.Article(list[i].Article)) == Sources.Of(corpus.Article(list[j].Article)) || list[i].Overlaps(list[j])) continue;
                    // Only days against days, in articles written the same week: "next month" in December and "Monday" in
                    // February may both be right about different happenings.
                    if (!list[i].IsDay || !list[j].IsDay || !SameWeekOfWriting(corpus, list[i], list[j])) continue;
                    var similarity = ClaimContext.Similarity(words[i], words[j]);
                    var isAligned = aligned.Contains((list[i].Article, list[i].Sentence, list[j].Article, list[j].Sentence));
                    if (similarity >= SameContext || isAligned)
                        found.Add(new Conflict(byEvent.Key, list[i], list[j], similarity, isAligned,
                            SameFact.Against(list[i].SentenceText, "", list[j].SentenceText, "")));
                }
        }
        return found;
    }

    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, IEnumerable<Conflict> conflicts) =>
        conflicts.Select(c =>
        {
            var dateLine = new[] { c.A, c.B }.Where(d => FromDateLine(corpus, d)).Select(d => corpus.Article(d.Article)).ToList();
            var flag = dateLine.Count == 0 ? "" : "; possibly a dating error of " + string.Join(" or ", dateLine.Select(a => $"{a.Outlet}'s article (dated {a.Date:yyyy-MM-dd})"));
            var basis = (c.Aligned ? SameFact.Aligned : $"shared topic words only ({string.Join(", ", Shared(c))}): not evidence of one happening")
                + (c.Against is null ? "" : $"; but {c.Against}") + flag;
            // One source's day to come against another's day gone is two happenings (a closure expected against one done);
            // a day apart where one side is read off a date line is more likely a date line or a time zone than a dispute.
            var tense = Tense(corpus, c.A) > 0 != Tense(corpus, c.B) > 0 ? "; but one is a day to come, the other a day gone" : "";
            var nearDateLine = dateLine.Count > 0 && Math.Abs(c.A.From.DayNumber - c.B.From.DayNumber) <= 1;
            // "Police said Friday" dates the saying; "died on Thursday" the death: only days of one kind are rivals.
            var speaking = Speaking(corpus, c.A) != Speaking(corpus, c.B) ? "; but one is the day it was said, the other the day of what was said" : "";
            basis += tense + speaking;
            var confident = c.Aligned && c.Against is null && tense.Length == 0 && speaking.Length == 0 && !nearDateLine;
            return new Disagreement("date", c.Event, Topic(c), "conflict",
                $"{Describe(corpus, c.A)} but {Describe(corpus, c.B)}{flag}",
                [Evidence(corpus, c.A), Evidence(corpus, c.B)], confident ? Disagreement.Confident : Disagreement.Candidate, basis);
        });

    static bool Speaking(Corpus corpus, DateClaim c)
    {
        var sentence = corpus.SentencesOf(c.Article)[c.Sentence];
        return DayOfSpeaking.Is(sentence.Text, c.Start - sentence.Start, c.End - sentence.Start);
    }

    /// <summary>After the article's date (positive: a day to come), on it or before it.</summary>
    static int Tense(Corpus corpus, DateClaim c) => corpus.Article(c.Article).Date is DateOnly d ? c.From.CompareTo(d) : 0;

    /// <summary>A day read off the article's own date ("today", "yesterday", a weekday within a day of it): wrong if the date line is.</summary>
    static bool FromDateLine(Corpus corpus, DateClaim c) =>
        !c.Resolution.StartsWith("explicit", StringComparison.Ordinal) && corpus.Article(c.Article).Date is DateOnly d && Math.Abs(c.From.DayNumber - d.DayNumber) <= 1;

    static bool SameWeekOfWriting(Corpus corpus, DateClaim a, DateClaim b) =>
        corpus.Article(a.Article).Date is not DateOnly x || corpus.Article(b.Article).Date is not DateOnly y || Math.Abs(x.DayNumber - y.DayNumber) <= SameWeek;

    static string Describe(Corpus corpus, DateClaim c) => $"{corpus.Article(c.Article).Outlet} says \"{c.Text}\" ({c.Days})";

    static string Topic(Conflict c) => "when: " + string.Join(", ", Shared(c));

    static IEnumerable<string> Shared(Conflict c) =>
        ClaimContext.Words(c.A.SentenceText, "").Intersect(ClaimContext.Words(c.B.SentenceText, "")).Order(StringComparer.Ordinal).Take(4);

    static Evidence Evidence(Corpus corpus, DateClaim c)
    {
        var article = corpus.Article(c.Article);
        return new Evidence(article.File, article.Id, article.Outlet, c.Text, $"{c.Days}: {c.Resolution}", c.Start, c.End, c.SentenceText);
    }
}
