using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Extracts the numeric claims of a corpus: each number expression with the noun it counts (the last word of the
/// noun run after it: "90,000 troops", "tens of thousands of troops"), the quantity that noun and the words around it
/// name (Rules/counted-things.tsv: "people" near "killed" is deaths), and who the sentence says claims it ("says Kiev").
/// </summary>
public static partial class NumericClaims
{
    static readonly List<(string Quantity, HashSet<string> Counted, HashSet<string> Context)> Quantities = RuleFiles.Rows("counted-things.tsv")
        .Select(r => (r[0], Set(r[1]), Set(r.Length > 2 ? r[2] : ""))).ToList();
    static readonly HashSet<string> StopAfterNumber = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "to", "for", "with", "and", "or", "near", "from", "by", "who", "which", "that",
        "of", "as", "since", "into", "over", "under", "across", "around", "along", "during", "after", "before", "per",
        "is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "be", "been", "being", "than", "said", "says",
        // words that follow a number without being what it counts ("3 years old", "4 miles away", "twice as likely")
        "old", "away", "likely", "when", "may", "am", "pm", "ago", "later", "earlier", "more", "less", "times", "each",
        "apiece", "too", "only", "just", "clear", "behind", "ahead", "up", "down", "out", "off", "back", "while", "but",
        // an increment or a remainder, not a total ("an additional 2.5 million Americans", "128 other politicians")
        "other", "additional", "further",
    };
    const int ContextWindow = 8;

    public static IReadOnlyList<NumericClaim> Extract(Corpus corpus) =>
        corpus.Articles.AsParallel().AsOrdered().SelectMany(a => Extract(corpus, a)).ToList();

    public static IEnumerable<NumericClaim> Extract(Corpus corpus, Article article)
    {
        var text = corpus.TextOf(article);
        foreach (var sentence in corpus.SentencesOf(article.Id))
        {
            var words = WordTokenizer.Tokenize(text.Normalized, sentence.Start, sentence.End)
                .Select(t => new NumberReader.Word(t.Start, t.End, text.Normalized[t.Start..t.End], t.Kind)).ToList();
            string? claimant = null;
            var claimantRead = false;
            string? past = null;
            var numbers = NumberReader.Read(text.Normalized, words);
            string? sentenceText = null;                          // one copy for all the sentence's claims
            for (var n = 0; n < numbers.Count; n++)
            {
                var number = numbers[n];
                if (!claimantRead) { claimant = Claimant(text.Normalized[sentence.Start..sentence.End]); claimantRead = true; }
                if (IsClockTime(words, number) || IsConversion(words, number) || IsIncrement(words, number)) continue;
                // "1 in 3 voters", "two out of three": a share, compared as a percentage ("33 percent" agrees with it).
                if (n + 1 < numbers.Count && Share(words, number, numbers[n + 1]) is ValueRange share)
                {
                    var whole = numbers[++n];
                    past ??= PastDates(text.Normalized[sentence.Start..sentence.End], article.Date, []);
                    yield return new NumericClaim(article.Id, sentence.Index, number.Start, whole.End,
                        text.Original[number.Start..whole.End], share, null, "percent", "percent", claimant,
                        LocalContext(words, whole, "percent"), MeasureOf(words, number), past, sentenceText ??= sentence.Text);
                    continue;
                }
                var counted = CountedNoun(words, number.LastToken) ?? PartOf(words, number, n + 1 < numbers.Count ? numbers[n + 1] : null);
                if (counted is null) continue;                       // a bare number ("in 2014 and 7") says nothing comparable
                var quantity = QuantityOf(words, number, counted);
                past ??= PastDates(text.Normalized[sentence.Start..sentence.End], article.Date, numbers.Where(x => CountedNoun(words, x.LastToken) is not null).Select(x => (x.Start - sentence.Start, x.End - sentence.Start)).ToList());
                yield return new NumericClaim(article.Id, sentence.Index, number.Start, number.End,
                    text.Original[number.Start..number.End], number.Range, number.Hedge, counted, quantity, claimant,
                    LocalContext(words, number, counted), MeasureOf(words, number), past, sentenceText ??= sentence.Text);
            }
        }
    }

    /// <summary>"N in M", "N out of M", "N of every M": the share N/M as a percentage, give or take half a point.</summary>
    static ValueRange? Share(List<NumberReader.Word> words, NumberExpression part, NumberExpression whole)
    {
        var k = part.LastToken + 1;
        var joined = k < words.Count && (words[k].Lower == "in" && whole.FirstToken == k + 1
            || words[k].Lower == "out" && k + 1 < words.Count && words[k + 1].Lower == "of" && whole.FirstToken == k + 2
            || words[k].Lower == "of" && k + 1 < words.Count && words[k + 1].Lower == "every" && whole.FirstToken == k + 2);
        if (!joined || !part.Range.IsPoint || !whole.Range.IsPoint || whole.Range.Low <= 0 || part.Range.Low > whole.Range.Low) return null;
        var percent = 100 * part.Range.Low / whole.Range.Low;
        return new ValueRange(percent - 0.5, percent + 0.5, 1, false);
    }

    /// <summary>All the values a sentence states, counted or not ("ordered to pay one million each"), for telling a value confirmed from one contradicted.</summary>
    internal static IEnumerable<ValueRange> ValuesIn(Corpus corpus, Article article, int sentenceIndex)
    {
        var text = corpus.TextOf(article);
        var sentence = corpus.SentencesOf(article.Id)[sentenceIndex];
        var words = WordTokenizer.Tokenize(text.Normalized, sentence.Start, sentence.End)
            .Select(t => new NumberReader.Word(t.Start, t.End, text.Normalized[t.Start..t.End], t.Kind)).ToList();
        return NumberReader.Read(text.Normalized, words).Select(n => n.Range);
    }

    /// <summary>"21 of the more than 200 schoolgirls": the part counts what the whole counts.</summary>
    static string? PartOf(List<NumberReader.Word> words, NumberExpression number, NumberExpression? next)
    {
        var k = number.LastToken + 1;
        if (next is null || k >= words.Count || words[k].Lower != "of") return null;
        if (k + 1 < words.Count && words[k + 1].Lower is "the" or "these" or "those") k++;
        return next.FirstToken == k + 1 ? CountedNoun(words, next.LastToken) : null;
    }

    /// <summary>"a speed limit of 12 mph" (limit), "reached a height of 341 miles" (height): the noun right before "of".</summary>
    static string? MeasureOf(List<NumberReader.Word> words, NumberExpression number)
    {
        var k = number.FirstToken - 1;
        if (k < 1 || words[k].Lower != "of") return null;
        var noun = words[k - 1];
        return noun.Kind == "word" && noun.Lower.Length >= 3 && char.IsLower(noun.Text[0]) && !StopAfterNumber.Contains(noun.Lower) ? noun.Lower : null;
    }

    /// <summary>
    /// The past a sentence dates its fact to, against the article's date: years before the article's year ("kidnapped in
    /// 2014"; not "since 2014", a running total to the article's day) and days named explicitly over a week before it ("on July 28"). Empty for an undated article.
    /// </summary>
    static string PastDates(string sentence, DateOnly? articleDate, List<(int Start, int End)> values)
    {
        if (articleDate is not DateOnly today) return "";
        var past = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in Year().Matches(sentence))
            if (int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < today.Year && !m.Groups["since"].Success
                && !values.Any(v => v.Start < m.Index + m.Length && m.Index < v.End))        // "2000 troops" is a count, not a year
                past.Add(m.Groups["year"].Value);
        foreach (var day in DateClaims.ExplicitDays(sentence, today, today.Year))
            if (today.DayNumber - day.DayNumber > 7)
            {
                past.Add(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                if (day.Year < today.Year) past.Add(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        return string.Join(' ', past);
    }

    /// <summary>"an additional 2.5 million", "another 30": what was added, not the total.</summary>
    static bool IsIncrement(List<NumberReader.Word> words, NumberExpression number) =>
        number.FirstToken > 0 && words[number.FirstToken - 1].Lower is "additional" or "another" or "further" or "extra";

    /// <summary>"5:58 a.m.", "6:07": a time of day, not a count.</summary>
    static bool IsClockTime(List<NumberReader.Word> words, NumberExpression number)
    {
        bool Touching(int a, int b) => a >= 0 && b < words.Count && words[a].End == words[b].Start;
        bool Colon(int k) => k >= 0 && k < words.Count && words[k].Text == ":";
        var (first, last) = (number.FirstToken, number.LastToken);
        return Colon(first - 1) && Touching(first - 2, first - 1) && Touching(first - 1, first) && words[first - 2].Kind == "number"
            || Colon(last + 1) && Touching(last, last + 1) && Touching(last + 1, last + 2) && words[last + 2].Kind == "number";
    }

    /// <summary>
    /// "40 metres (131 feet)", "63,800kg (140,660 lb)": a number in brackets right after another measurement restates
    /// it in other units; the measurement itself is the claim.
    /// </summary>
    static bool IsConversion(List<NumberReader.Word> words, NumberExpression number)
    {
        var open = number.FirstToken - 1;
        if (open < 1 || words[open].Text != "(") return false;
        for (var k = open - 1; k >= Math.Max(0, open - 3); k--)
            if (words[k].Kind == "number") return true;
        return false;
    }

    /// <summary>
    /// The counted noun in the run of up to three content words after the number: the first plural-looking one
    /// ("Ukrainian soldiers", "minutes passed"), else the last that is not a past participle ("heavy equipment").
    /// </summary>
    static string? CountedNoun(List<NumberReader.Word> words, int last)
    {
        var k = last + 1;
        if (k < words.Count && words[k].Lower == "of") k++;              // tens of thousands OF troops
        if (k < words.Count && (words[k].Text == "%" || words[k].Lower == "percent")) return "percent";
        var run = new List<string>();
        for (; k < words.Count && run.Count < 3; k++)
        {
            var w = words[k];
            if (w.Kind != "word" || StopAfterNumber.Contains(w.Lower)) break;
            if (k + 1 < words.Count && words[k + 1].Text == ":") break;      // "Cores: 3 Engines: 27": a label of the next value
            run.Add(w.Lower);
        }
        if (run.Count == 0) return null;
        return run.FirstOrDefault(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss"))
            ?? run.LastOrDefault(w => !w.EndsWith("ed")) ?? run[0];
    }

    const int LocalWindow = 6;

    /// <summary>Content words within a few words of the number, the number and its counted noun left out.</summary>
    static string LocalContext(List<NumberReader.Word> words, NumberExpression number, string counted)
    {
        var from = Math.Max(0, number.FirstToken - LocalWindow);
        var to = Math.Min(words.Count, number.LastToken + LocalWindow + 1);
        var near = new List<string>();
        for (var k = from; k < to; k++)
        {
            if (k >= number.FirstToken && k <= number.LastToken) continue;
            var w = words[k];
            if (w.Kind == "word" && w.Lower.Length >= 4 && w.Lower != counted && !StopAfterNumber.Contains(w.Lower)) near.Add(w.Lower);
        }
        return string.Join(' ', near.Distinct());
    }

    static string QuantityOf(List<NumberReader.Word> words, NumberExpression number, string counted)
    {
        var from = Math.Max(0, number.FirstToken - ContextWindow);
        var to = Math.Min(words.Count, number.LastToken + ContextWindow + 1);
        var near = new HashSet<string>(words.Skip(from).Take(to - from).Select(w => w.Lower), StringComparer.Ordinal);
        foreach (var (quantity, nouns, context) in Quantities)
            if (nouns.Contains(counted) && (context.Count == 0 || context.Overlaps(near))) return quantity;
        return counted;
    }

    /// <summary>Who the sentence says makes the claim: "..., says Kiev", "Ukraine says ...", "according to officials".</summary>
    static string? Claimant(string sentence)
    {
        var m = ClaimedAfter().Match(sentence);
        if (m.Success) return m.Groups["who"].Value;
        m = ClaimedBefore().Match(sentence);
        return m.Success ? m.Groups["who"].Value : null;
    }

    static HashSet<string> Set(string bars) => new(bars.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>A year; "since 2014" marks a running total up to the article's day, not a past fact.</summary>
    [GeneratedRegex(@"(?<since>\bsince\s+)?\b(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:,\s*(?:says|said|claims|claimed|estimates|according to)|\baccording to)\s+(?:the\s+)?(?<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")]
    private static partial Regex ClaimedAfter();

    [GeneratedRegex(@"^(?:The\s+)?(?<who>[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Za-z][\w'-]*){0,3}?)\s+(?:says|say|said|claims|claimed|estimates|estimated)\b")]
    private static partial Regex ClaimedBefore();
}
