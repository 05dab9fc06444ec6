using System.Globalization;
using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Finds the dates articles give and resolves relative ones against the article's date: a weekday is the nearest
/// such day before the article, or the day after it when that is nearer (after it when the sentence speaks of the
/// future: "will meet on Thursday"); "earlier
/// this month", "last year" and "next week" become ranges; "December 1" takes the article's year. An undated article
/// borrows the year of its event's dated articles for explicit dates and resolves no relative ones.
/// </summary>
public static partial class DateClaims
{
    static readonly string[] Weekdays = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    public static IReadOnlyList<DateClaim> Extract(Corpus corpus)
    {
        var eventYear = corpus.Articles.Where(a => a.Date is not null).GroupBy(a => a.Event)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.Date!.Value.Year).OrderByDescending(y => y.Count()).First().Key);
        return corpus.Articles.AsParallel().AsOrdered()
            .SelectMany(a => Extract(corpus, a, a.Date?.Year ?? eventYear.GetValueOrDefault(a.Event)))
            .ToList();
    }

    static IEnumerable<DateClaim> Extract(Corpus corpus, Article article, int year)
    {
        var text = corpus.TextOf(article);
        foreach (var s in corpus.SentencesOf(article.Id))
        {
            var sentence = text.Normalized[s.Start..s.End];
            bool? future = null;
            foreach (Match m in DatePattern().Matches(sentence))
            {
                future ??= Future().IsMatch(sentence);
                var resolved = Resolve(m, article.Date, year, future.Value);
                if (resolved is not var (from, to, how)) continue;
                var start = s.Start + m.Index;
                yield return new DateClaim(article.Id, s.Index, start, start + m.Length, text.Original[start..(start + m.Length)], from, to, how, s.Text);
            }
        }
    }

    /// <summary>The days a sentence names explicitly ("July 28", "14 April 2016"), resolved as <see cref="Extract(Corpus)"/> does.</summary>
    internal static IEnumerable<DateOnly> ExplicitDays(string sentence, DateOnly? articleDate, int year)
    {
        foreach (Match m in DatePattern().Matches(sentence))
            if (m.Groups["month"].Success && Resolve(m, articleDate, year, future: false) is var (day, _, _))
                yield return day;
    }

    static (DateOnly, DateOnly, string)? Resolve(Match m, DateOnly? articleDate, int year, bool future)
    {
        if (m.Groups["month"].Success && int.TryParse(m.Groups["day"].Value, out var day))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : year;
            if (month == 0 || y == 0 || day < 1 || day > DateTime.DaysInMonth(y, month)) return null;
            var date = new DateOnly(y, month, day);
            // "Nov. 6" in a February article is last November: take the year that keeps the date nearest the article's.
            if (!m.Groups["year"].Success && articleDate is DateOnly at && date.DayNumber - at.DayNumber > 90 && day <= DateTime.DaysInMonth(y - 1, month))
                date = new DateOnly(y - 1, month, day);
            return (date, date, m.Groups["year"].Success ? "explicit date" : articleDate is null ? "explicit day, year of the event's other articles" : "explicit day, year of the article");
        }
        if (articleDate is not DateOnly today) return null;
        var phrase = m.Value.ToLowerInvariant();
        if (m.Groups["weekday"].Success)
        {
            var target = (DayOfWeek)Array.FindIndex(Weekdays, d => d.Equals(m.Groups["weekday"].Value, StringComparison.OrdinalIgnoreCase));
            var forward = future && !phrase.StartsWith("last");
            var offset = forward ? ((int)target - (int)today.DayOfWeek + 7) % 7 : -(((int)today.DayOfWeek - (int)target + 7) % 7);
            if (phrase.StartsWith("next") && offset == 0) offset = 7;
            // The nearest such day, not one a week away: a "Friday" in an article dated Thursday is most likely the next
            // day (a date line a day behind, a time zone), not eight days before; only "last Friday" means the week before.
            if (offset == -6 && !phrase.StartsWith("last"))
            {
                var next = today.AddDays(1);
                return (next, next, $"{m.Groups["weekday"].Value} the day after the article's date {today:yyyy-MM-dd} (the nearest {m.Groups["weekday"].Value})");
            }
            var date = today.AddDays(offset);
            return (date, date, $"{m.Groups["weekday"].Value} {(forward ? "on or after" : "on or before")} the article's date {today:yyyy-MM-dd}");
        }
        return phrase switch
        {
            "today" or "tonight" or "this morning" or "this afternoon" or "this evening" => (today, today, "the article's date"),
            "yesterday" or "last night" => (today.AddDays(-1), today.AddDays(-1), "the day before the article"),
            "tomorrow" => (today.AddDays(1), today.AddDays(1), "the day after the article"),
            "earlier this month" => (new DateOnly(today.Year, today.Month, 1), today, "this month, before the article"),
            "earlier this week" => (today.AddDays(-(int)today.DayOfWeek), today, "this week, before the article"),
            "earlier this year" => (new DateOnly(today.Year, 1, 1), today, "this year, before the article"),
            "last week" => (today.AddDays(-(int)today.DayOfWeek - 7), today.AddDays(-(int)today.DayOfWeek - 1), "the week before the article's"),
            "next week" => (today.AddDays(7 - (int)today.DayOfWeek), today.AddDays(13 - (int)today.DayOfWeek), "the week after the article's"),
            "last month" => (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1), "the month before the article's"),
            "next month" => (new DateOnly(today.Year, today.Month, 1).AddMonths(1), new DateOnly(today.Year, today.Month, 1).AddMonths(2).AddDays(-1), "the month after the article's"),
            "last year" => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31), "the year before the article's"),
            "next year" => (new DateOnly(today.Year + 1, 1, 1), new DateOnly(today.Year + 1, 12, 31), "the year after the article's"),
            _ => null,
        };
    }

    static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
            m => m.Length > 0 && m.StartsWith(name.TrimEnd('.')[..Math.Min(3, name.TrimEnd('.').Length)], StringComparison.OrdinalIgnoreCase)) + 1;

    [GeneratedRegex(@"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?<day>\d{1,2})\b(?:,?\s+(?<year>(?:19|20)\d\d))?|(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<year>(?:19|20)\d\d))?|(?:(?:last|next|this)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|earlier this (?:month|week|year)|(?:last|next) (?:week|month|year))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:will|'ll|shall|is (?:scheduled|set|due|expected) to|are (?:scheduled|set|due|expected) to|plans? to|is to|are to|is going to|upcoming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();
}
