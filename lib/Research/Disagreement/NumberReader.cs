using System.Globalization;

namespace Research;

/// <summary>
/// Finds the numbers a sentence states: digits with separators and decimals, ranges (7-10, 7 to 10), scales
/// (1.5 million), spelled-out numbers (five, seven-and-a-half), vague quantities (tens of thousands) and the hedge
/// before them (more than, about). Years, days of dates, times, ordinals and parts of names are not claims and are
/// skipped. One pass over the tokens.
/// </summary>
public static class NumberReader
{
    /// <summary>A token of the sentence, with its lower-case form computed once (it is compared many times).</summary>
    public readonly record struct Word(int Start, int End, string Text, string Kind)
    {
        public string Lower { get; } = Text.ToLowerInvariant();
    }

    static readonly Dictionary<string, (double Value, string Kind)> NumberWords =
        RuleFiles.Rows("number-words.tsv").ToDictionary(r => r[0], r => (double.Parse(r[1], CultureInfo.InvariantCulture), r[2]));
    static readonly List<(string[] Words, double Low, double High)> VagueQuantities = RuleFiles.Rows("vague-quantities.tsv")
        .Select(r => (r[0].Split(' '), double.Parse(r[1], CultureInfo.InvariantCulture), double.Parse(r[2], CultureInfo.InvariantCulture)))
        .OrderByDescending(v => v.Item1.Length).ToList();
    static readonly List<(string[] Words, string Bound)> Hedges = RuleFiles.Rows("hedges.tsv")
        .Select(r => (r[0].Split(' '), r[1])).OrderByDescending(h => h.Item1.Length).ToList();
    static readonly Dictionary<string, (double Value, string Kind)>.AlternateLookup<ReadOnlySpan<char>> NumberWordSpans =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string> VagueFirstWords = new(VagueQuantities.Select(v => v.Words[0]), StringComparer.Ordinal);
    static readonly HashSet<string> Months = new(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0)
        .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Where(m => m.Length > 0)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The number expressions among <paramref name="words"/> (the tokens of one sentence, normalised text).</summary>
    public static List<NumberExpression> Read(string text, IReadOnlyList<Word> words)
    {
        var found = new List<NumberExpression>();
        for (var i = 0; i < words.Count; i++)
        {
            var end = i;
            ValueRange? range = Vague(words, i, ref end) ?? Digits(words, i, ref end) ?? Spelled(words, i, ref end);
            if (range is not ValueRange r) continue;
            var first = i;
            string? hedge = null;
            if (!r.Vague && HedgeBefore(words, i) is (int hedgeStart, string bound, string phrase))
            {
                first = hedgeStart;
                hedge = phrase;
                r = Apply(r, bound);
            }
            var start = words[first].Start;
            var stop = words[end].End;
            found.Add(new NumberExpression(start, stop, text[start..stop], r, hedge, first, end));
            i = end;
        }
        return found;
    }

    static ValueRange? Vague(IReadOnlyList<Word> words, int i, ref int end)
    {
        if (!VagueFirstWords.Contains(words[i].Lower)) return null;
        foreach (var (phrase, low, high) in VagueQuantities)
        {
            if (i + phrase.Length > words.Count) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++) match = words[i + k].Lower == phrase[k];
            if (!match) continue;
            if (phrase.Length == 1 && !(i + 1 < words.Count && words[i + 1].Lower == "of")) continue;   // "hundreds of", not "in the hundreds"
            end = i + phrase.Length - 1;
            return new ValueRange(low, high, low, Vague: true);
        }
        return null;
    }

    static ValueRange? Digits(IReadOnlyList<Word> words, int i, ref int end)
    {
        var w = words[i];
        if (w.Kind != "number" || IsNotAClaim(words, i)) return null;
        var low = Parse(w.Text, out var precision);
        if (low is null) return null;
        end = i;
        var scale = ScaleAfter(words, end);
        if (scale > 1) { end++; low *= scale; precision *= scale; }
        var high = low;
        // 7-10, 7 to 10, between 7 and 10
        if (end + 2 < words.Count && words[end + 1].Lower is "-" or "to" or "and" && words[end + 2].Kind == "number"
            && (words[end + 1].Lower != "and" || i > 0 && words[i - 1].Lower == "between"))
        {
            if (Parse(words[end + 2].Text, out var p2) is double h)
            {
                end += 2;
                var s2 = ScaleAfter(words, end);
                if (s2 > 1) { end++; h *= s2; p2 *= s2; }
                else if (scale > 1) h *= scale;
                if (h > low) { high = h; precision = Math.Min(precision, p2); }
            }
        }
        return new ValueRange(low.Value, high.Value, precision, Vague: false);
    }

    static ValueRange? Spelled(IReadOnlyList<Word> words, int i, ref int end)
    {
        // "seven-and-a-half-year" and "twenty-five" are single tokens; "one hundred and fifty" is several.
        var lead = words[i].Lower;
        if (lead != "a" && !StartsWithNumberWord(lead)) return null;       // most words: no allocation
        var parts = new List<string>();
        var k = i;
        if (lead == "a" && i + 1 < words.Count && NumberWords.TryGetValue(words[i + 1].Lower, out var next) && next.Kind == "scale") { parts.Add("one"); k++; }
        for (; k < words.Count; k++)
        {
            var pieces = words[k].Lower.Split('-');
            if (!NumberWords.ContainsKey(pieces[0]) && !(parts.Count > 0 && pieces[0] is "and" or "a")) break;
            var taken = pieces.TakeWhile(p => NumberWords.ContainsKey(p) || p is "and" or "a").ToList();
            parts.AddRange(taken);
            if (taken.Count < pieces.Length) { k++; break; }                      // "-year" ends the number
        }
        while (parts.Count > 0 && parts[^1] is "and" or "a") parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0 || parts is ["one"] || parts is ["half"] || parts is ["quarter"]) return null;   // "one of", "half of": not counts
        var value = SpelledValue(parts);
        if (value is null) return null;
        end = Math.Max(i, k - 1);
        return new ValueRange(value.Value, value.Value, 1, Vague: false);
    }

    static bool StartsWithNumberWord(string lower)
    {
        var dash = lower.IndexOf('-');
        return NumberWordSpans.ContainsKey(dash < 0 ? lower : lower.AsSpan(0, dash));
    }

    static double? SpelledValue(List<string> parts)
    {
        double total = 0, current = 0;
        var any = false;
        foreach (var p in parts)
        {
            if (p is "and" or "a") continue;
            var (value, kind) = NumberWords[p];
            any = true;
            switch (kind)
            {
                case "unit" or "tens": current += value; break;
                case "fraction": current += value; break;
                case "scale" when value < 1000: current = (current == 0 ? 1 : current) * value; break;
                case "scale": total += (current == 0 ? 1 : current) * value; current = 0; break;
            }
        }
        return any ? total + current : null;
    }

    static double? Parse(string digits, out double precision)
    {
        var clean = digits.TrimEnd('%').Replace(",", "");
        precision = 1;
        if (!double.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return null;
        var dot = clean.IndexOf('.');
        if (dot >= 0) precision = Math.Pow(10, -(clean.Length - dot - 1));
        else for (var z = clean.Length - 1; z > 0 && clean[z] == '0'; z--) precision *= 10;
        return v;
    }

    static double ScaleAfter(IReadOnlyList<Word> words, int at) =>
        at + 1 < words.Count && NumberWords.TryGetValue(words[at + 1].Lower, out var s) && s.Kind == "scale" && s.Value >= 1000 ? s.Value : 1;

    /// <summary>Years (2014), days of dates (December 2), times (10:30), ordinals (1st) and name parts (COVID-19).</summary>
    static bool IsNotAClaim(IReadOnlyList<Word> words, int i)
    {
        var w = words[i];
        var before = i > 0 ? words[i - 1] : default;
        var after = i + 1 < words.Count ? words[i + 1] : default;
        if (after.Text is not null && after.Start == w.End && after.Lower is "st" or "nd" or "rd" or "th" or ":") return true;
        if (before.Text is not null && before.End == w.Start && before.Text == "-" && i > 1 && words[i - 2].End == before.Start && words[i - 2].Kind == "word") return true;
        if (before.Text is not null && before.End == w.Start && before.Kind == "word") return true;
        if (before.Text is not null && Months.Contains(before.Text.TrimEnd('.'))) return true;
        if (after.Text is not null && Months.Contains(after.Text)) return true;
        if (w.Text.Length == 4 && !w.Text.Contains(',') && int.TryParse(w.Text, out var year) && year is >= 1800 and <= 2100)
            return !(after.Text is not null && after.Kind == "word" && char.IsLower(after.Text[0]) && after.Lower is not ("and" or "to" or "after" or "before"));
        return false;
    }

    static (int Start, string Bound, string Phrase)? HedgeBefore(IReadOnlyList<Word> words, int i)
    {
        foreach (var (phrase, bound) in Hedges)
        {
            var start = i - phrase.Length;
            if (start < 0) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++) match = words[start + k].Lower == phrase[k];
            if (match) return (start, bound, string.Join(' ', phrase));
        }
        return null;
    }

    static ValueRange Apply(ValueRange r, string bound) => bound switch
    {
        "above" or "at-least" => r with { High = double.PositiveInfinity },
        "below" or "at-most" => r with { Low = 0 },
        "nearly" => r with { Low = r.Low * 0.9 },
        "about" => r with { Low = r.Low * 0.9, High = r.High * 1.1 },
        _ => r,
    };
}
