namespace Research;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at . ! ? or an ellipsis (with any closing quotes or brackets
/// after it) followed by a space and an upper-case letter, a digit or an opening quote; not after a title (Mr.),
/// an initial (J.), a month before a number (Dec. 2), nor after an acronym (U.S.) or an ambiguous abbreviation
/// unless a sentence starter follows. A lower-case continuation never starts a sentence ("officials said. to
/// journalists" stays one). Linear in the paragraph's length.
/// </summary>
public static class SentenceSplitter
{
    static readonly Dictionary<string, string> Abbreviations =
        RuleFiles.Rows("abbreviations.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    static readonly HashSet<string> Starters = new(RuleFiles.Lines("sentence-starters.txt").Select(l => l.Trim()), StringComparer.Ordinal);

    /// <summary>Sentence spans (start, end exclusive) within [start, end) of <paramref name="original"/>.</summary>
    public static List<(int Start, int End)> Split(string original, string normalized, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        var sentenceStart = SkipSpace(normalized, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            if (!Typography.IsTerminator(normalized[i])) { i++; continue; }
            var q = i;
            while (q < end && Typography.IsTerminator(normalized[q])) q++;
            while (q < end && IsCloser(original, normalized, q, end)) q++;
            if (q < end && !char.IsWhiteSpace(normalized[q])) { i = q; continue; }
            var next = SkipSpace(normalized, q, end);
            if (next >= end) break;
            if (EndsSentence(original, normalized, sentenceStart, i, next, end))
            {
                Add(spans, normalized, sentenceStart, q);
                sentenceStart = next;
            }
            i = next;
        }
        Add(spans, normalized, sentenceStart, TrimEnd(normalized, sentenceStart, end));
        return spans;
    }

    static bool EndsSentence(string original, string normalized, int sentenceStart, int terminator, int next, int end)
    {
        var c = normalized[next];
        var opens = c is '(' or '[' || (c == '"' || c == '\'') && IsOpener(original, next, end);
        if (!(char.IsUpper(c) || char.IsDigit(c) || opens)) return false;
        if (normalized[terminator] != '.' || terminator + 1 < normalized.Length && normalized[terminator + 1] == '.') return true;

        var wordStart = terminator;
        while (wordStart > sentenceStart && (char.IsLetter(normalized[wordStart - 1]) || normalized[wordStart - 1] == '.')) wordStart--;
        var word = normalized[wordStart..terminator];
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false;                 // an initial: J. Smith
        var nextWord = NextWord(normalized, next, end);
        if (Abbreviations.TryGetValue(word, out var kind))
            return kind switch
            {
                "title" => false,
                "month" => !char.IsDigit(c),
                _ => opens || Starters.Contains(nextWord),
            };
        if (word.Contains('.')) return opens || Starters.Contains(nextWord);         // U.S. / U.N. / a.m.
        return true;
    }

    static bool IsCloser(string original, string normalized, int at, int end) =>
        normalized[at] is ')' or ']' || (normalized[at] is '"' or '\'') && !IsOpener(original, at, end);

    /// <summary>Curly marks say their direction; a straight one opens when a letter or digit follows it.</summary>
    static bool IsOpener(string original, int at, int end) => original[at] switch
    {
        '\u201C' or '\u2018' or '\u201E' or '\u00AB' => true,
        '\u201D' or '\u2019' or '\u00BB' => false,
        _ => at + 1 < end && char.IsLetterOrDigit(original[at + 1]),
    };

    static string NextWord(string s, int from, int end)
    {
        var a = from;
        while (a < end && !char.IsLetterOrDigit(s[a])) a++;
        var b = a;
        while (b < end && char.IsLetter(s[b])) b++;
        return s[a..b];
    }

    static void Add(List<(int Start, int End)> spans, string s, int start, int end)
    {
        end = TrimEnd(s, start, end);
        if (end <= start) return;
        var hasWord = false;
        for (var k = start; k < end && !hasWord; k++) hasWord = char.IsLetterOrDigit(s[k]);
        if (!hasWord && spans.Count > 0) spans[^1] = (spans[^1].Start, end);           // a stray ". ." or closing mark
        else if (hasWord) spans.Add((start, end));
    }

    static int SkipSpace(string s, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    static int TrimEnd(string s, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return end;
    }
}
