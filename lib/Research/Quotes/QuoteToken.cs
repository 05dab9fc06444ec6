namespace Research;

/// <summary>A token of an article as quote extraction sees it: words, punctuation and quote marks, with spans.</summary>
internal readonly record struct QuoteToken(int Start, int End, QuoteTokenShape Shape, int Paragraph, bool SentenceStart, sbyte Hint)
{
    public int Length => End - Start;
}

internal enum QuoteTokenShape : byte { Word, Number, Punct, Mark }

/// <summary>The tokens of one article, made in one pass over its paragraphs (no regexes: scanning stays linear).</summary>
internal sealed class ArticleTokens
{
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        new HashSet<string>(["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "st", "jr", "sr", "capt", "adm", "cmdr", "maj", "rev", "amb", "pres", "supt", "insp", "del"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Normalized { get; }
    public string Original { get; }
    public List<QuoteToken> Tokens { get; }
    /// <summary>For each paragraph (index into the article's paragraph list): its first token and one past its last.</summary>
    public List<(int First, int End, int Start, int Stop)> Paragraphs { get; } = [];

    public ArticleTokens(ArticleText text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Normalized = text.Normalized;
        Original = text.Original;
        // Room for a token every four characters (news prose has about one in five): a huge article's list is not grown
        // by doubling, each step of which held the old list and the new one at once.
        var length = 0L;
        foreach (var p in paragraphs) length += p.End - p.Start;
        Tokens = new List<QuoteToken>((int)Math.Min(Array.MaxLength, length / 4 + 16));
        var s = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var first = Tokens.Count;
            Tokenize(para.Start, para.End, p, sentences, ref s);
            Paragraphs.Add((first, Tokens.Count, para.Start, para.End));
        }
    }

    public ReadOnlySpan<char> Span(int token) => Normalized.AsSpan(Tokens[token].Start, Tokens[token].Length);
    public ReadOnlySpan<char> Span(QuoteToken t) => Normalized.AsSpan(t.Start, t.Length);
    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Shape == QuoteTokenShape.Word;
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Normalized[Tokens[i].Start]);
    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Shape == QuoteTokenShape.Punct && Normalized[Tokens[i].Start] == c;

    void Tokenize(int start, int end, int paragraph, IReadOnlyList<Sentence> sentences, ref int s)
    {
        var text = Normalized;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            // Sentences arrive in order: the first token at or after a sentence's start begins it.
            var sentenceStart = false;
            while (s < sentences.Count && sentences[s].Start <= i) { sentenceStart = true; s++; }
            var tokenStart = i;
            QuoteTokenShape shape;
            sbyte hint = 0;
            if (char.IsLetterOrDigit(c))
            {
                shape = char.IsDigit(c) ? QuoteTokenShape.Number : QuoteTokenShape.Word;
                i = WordEnd(text, i, end);
            }
            else if (c is '#' or '@' && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                shape = QuoteTokenShape.Word; // "#ChibokGirls", "@POTUS": one word, so a speaker phrase reads through it
                i = WordEnd(text, i + 1, end);
            }
            else if (c == '"')
            {
                shape = QuoteTokenShape.Mark;
                var o = Original[i];
                hint = o is '\u201C' or '\u201E' or '\u00AB' ? (sbyte)1 : o is '\u201D' or '\u00BB' or '\u201F' ? (sbyte)-1 : (sbyte)0;
                i++;
            }
            else { shape = QuoteTokenShape.Punct; i++; }
            Tokens.Add(new QuoteToken(tokenStart, i, shape, paragraph, sentenceStart, hint));
        }
    }

    static int WordEnd(string text, int i, int end)
    {
        var partStart = i;
        while (true)
        {
            while (i < end && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)) i++;
            if (i + 1 < end && (text[i] == '\'' || text[i] == '-') && char.IsLetterOrDigit(text[i + 1])) { i++; partStart = i; continue; }
            // U.S., U.N.: single letters joined by periods stay one word, the last period included.
            if (i < end && text[i] == '.' && i - partStart == 1 && char.IsLetter(text[partStart]))
            {
                if (i + 1 < end && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2]))) { i++; partStart = i; continue; }
                if (partStart > 0 && text[partStart - 1] == '.') return i + 1;
            }
            break;
        }
        // Richard J. Durbin: an initial keeps its period.
        if (i < end && text[i] == '.' && i - partStart == 1 && char.IsUpper(text[partStart]) && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) return i + 1;
        // Mr., Sen., Gov.: the period of a title abbreviation belongs to it.
        if (i < end && text[i] == '.' && i - partStart <= 5 && Abbreviations.Contains(text.AsSpan(partStart, i - partStart))) return i + 1;
        return i;
    }
}
