using System.Globalization;
using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Reads an article's lines into paragraphs and metadata: the ` date YYYY-MM-DD` first line, the headline (a
/// repeated one kept once), bylines, datelines (place, date, agency), credit lines and boilerplate. Every piece of
/// text that is not a paragraph is recorded as removed, with its rule, so nothing disappears unseen.
/// </summary>
internal static partial class ArticleLayout
{
    public sealed record Result(
        List<(string Role, int Start, int End)> Paragraphs,
        List<RemovedText> Removed,
        string? Headline,
        DateOnly? Date,
        string? DateSource,
        (string MonthDay, int Month, int Day)? DatelineDate,
        string? Agency,
        string? CreditedAgency,
        List<(int Line, string Message)> Problems);

    public static Result Lay(string articleId, ArticleText text, string? knownTitle, BoilerplateRules rules)
    {
        var s = text.Normalized;
        var lines = Lines(s);
        var paragraphs = new List<(string Role, int Start, int End)>();
        var removed = new List<RemovedText>();
        string? headline = null, agency = null, credited = null, dateSource = null;
        DateOnly? date = null;
        (string, int, int)? datelineDate = null;
        var problems = new List<(int, string)>();
        var headlineLine = 0;
        var bodies = 0;
        int counted = 0, countedLine = 1;
        int LineNumber(int offset)
        {
            for (var i = s.IndexOf('\n', counted); i >= 0 && i < offset; i = s.IndexOf('\n', i + 1)) { countedLine++; counted = i + 1; }
            return countedLine;
        }
        void Remove(int a, int b, string rule) => removed.Add(new RemovedText(articleId, a, b, text.Original[a..b], rule));

        for (var n = 0; n < lines.Count; n++)
        {
            var (a, b) = lines[n];
            var line = s[a..b];
            // The ` date YYYY-MM-DD` line: first, before other text on its line, or on a line of its own anywhere.
            var carriesDate = false;
            if (DatePrefix().Match(line) is { Success: true } dm && (n == 0 || dm.Length == line.Length))
            {
                carriesDate = true;
                var value = dm.Groups[1].Value;
                if (date is not null && dateSource is "first line" or "date line")
                    problems.Add((LineNumber(a), $"has a second date line (date {value}); the first ({date:yyyy-MM-dd}) is kept."));
                else if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                    dateSource = n == 0 ? "first line" : "date line";
                }
                else
                    problems.Add((LineNumber(a), $"date '{value}' is not a real YYYY-MM-DD date; the article loads without it. Fix the date line."));
                Remove(a, a + dm.Length, "date-prefix");
                a += dm.Length;
                while (a < b && char.IsWhiteSpace(s[a])) a++;
                if (a >= b)
                {
                    if (n == headlineLine) headlineLine++;
                    continue;
                }
                line = s[a..b];
            }
            if (rules.MatchLine(line) is string rule) { Remove(a, b, rule); continue; }
            if (rules.MatchSuffix(line) is (int length, string suffixRule))
            {
                var cut = b - length;
                while (cut > a && char.IsWhiteSpace(s[cut - 1])) cut--;
                Remove(cut, b, suffixRule);
                b = cut;
                line = s[a..b];
            }
            if (headline is not null && line == headline) { Remove(a, b, "repeated-headline"); continue; }
            var bodyCount = bodies;
            if (bodyCount < 3 && Byline().Match(line) is { Success: true } by)
            {
                Remove(a, b, "byline");
                if (date is null && ParseLongDate(by.Value) is DateOnly d) { date = d; dateSource = "byline"; }
                continue;
            }
            if (Credit().IsMatch(line) && WordCount(line) <= 40)
            {
                Remove(a, b, "credit");
                credited ??= KnownAgency(line);
                continue;
            }
            if (n == headlineLine && headline is null && !carriesDate && IsHeadline(line, n, lines, s, knownTitle))
            {
                headline = line;
                paragraphs.Add(("headline", a, b));
                continue;
            }
            if (bodyCount == 0 && Dateline().Match(line) is { Success: true } dl && (dl.Groups["date"].Success || dl.Groups["agency"].Success))
            {
                Remove(a, a + dl.Length, "dateline");
                if (dl.Groups["agency"].Success) agency = dl.Groups["agency"].Value.Trim();
                if (dl.Groups["date"].Success && ParseMonthDay(dl.Groups["date"].Value) is (int month, int day))
                    datelineDate = (dl.Groups["date"].Value, month, day);
                a += dl.Length;
            }
            if (b > a) { paragraphs.Add(("body", a, b)); bodies++; }
        }
        return new Result(paragraphs, removed, headline, date, dateSource, datelineDate, agency, credited, problems);
    }

    static bool IsHeadline(string line, int n, List<(int Start, int End)> lines, string s, string? knownTitle)
    {
        if (knownTitle is not null) return line == Typography.Normalize(knownTitle);
        var next = n + 1 < lines.Count ? s[lines[n + 1].Start..lines[n + 1].End] : null;
        if (next == line) return true;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 25 || line.EndsWith('.') || line.EndsWith('?') || line.EndsWith('"')) return false;
        var capitalised = words.Count(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]));
        return (next is not null && Byline().IsMatch(next)) || capitalised >= 0.6 * words.Length;
    }

    /// <summary>Each non-blank line, trimmed of surrounding white space.</summary>
    static List<(int Start, int End)> Lines(string s)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '\n') continue;
            int a = start, b = i;
            while (a < b && char.IsWhiteSpace(s[a])) a++;
            while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
            if (b > a) lines.Add((a, b));
            start = i + 1;
        }
        return lines;
    }

    static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    static DateOnly? ParseLongDate(string text) =>
        LongDate().Match(text) is { Success: true } m && ParseMonthDay(m.Groups[1].Value) is (int month, int day)
        && int.TryParse(m.Groups[2].Value, out var year) && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    static (int Month, int Day)? ParseMonthDay(string text)
    {
        var parts = text.Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[1], out var day) || day is < 1 or > 31) return null;
        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
            m => m.Length > 0 && m.StartsWith(parts[0][..Math.Min(3, parts[0].Length)], StringComparison.OrdinalIgnoreCase)) + 1;
        return month > 0 ? (month, day) : null;
    }

    static string? KnownAgency(string line) =>
        Agency().Match(line) is { Success: true } m ? m.Value : null;

    /// <summary>` date ` and a date-like value (digits and dashes, checked apart so a bad one is named), then space or the line's end.</summary>
    [GeneratedRegex(@"^date (\d{1,4}-\d{1,2}-\d{1,2})(?:\s+|$)")]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^By\b:?\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})*)?\s*(?:[-|,]\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})?\s*$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}),? (\d{4})")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"^(?:Additional |With |Writing and )?(?:reporting|writing|editing|compiled|contributed)(?: by| from)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:(?<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})(?:,? \d{4})?)?\s*)?(?:\((?<agency>[A-Za-z][A-Za-z .&]{1,30})\))?\s*-{1,3}\s*")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|DPA|TASS|Interfax|Xinhua|UPI|CNN|BBC)\b")]
    private static partial Regex Agency();
}
