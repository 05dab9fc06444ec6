namespace Research;

/// <summary>A stretch of quoted words found by pairing quote marks, before attribution. Token indexes are -1 when a mark is missing.</summary>
internal sealed class QuoteSpan
{
    public int OpenMark = -1;
    public int CloseMark = -1;
    public int Start;
    public int End;
    public int FirstParagraph;
    public int LastParagraph;
    public bool Unopened;
    public readonly List<string> Flags = [];
    /// <summary>A speaker phrase after a stray closing mark that relays this quote ("..., said Putin, “Lavrov said.").</summary>
    public int RelayMark = -1;
}

/// <summary>
/// Pairs quote marks paragraph by paragraph in one pass. Direction comes from the marks' surroundings first (a mark
/// before a word opens, after a word closes), then from their typographic shape, then from whether a quote is open;
/// so wrong-direction curly marks, straight marks and mixtures pair the same way. A mark followed by an attribution
/// ("..., “said the US foreign minister.") closes a quote whose opening mark is missing. A quote still open at a
/// paragraph's end continues when the next paragraph opens with a mark, and is otherwise cut there and flagged.
/// </summary>
internal sealed class QuoteMarkPairing(ArticleTokens t, QuoteAttributionFinder attribution)
{
    public List<QuoteSpan> Pair()
    {
        var spans = new List<QuoteSpan>();
        QuoteSpan? open = null;
        for (var p = 0; p < t.Paragraphs.Count; p++)
        {
            var (first, end, pStart, pStop) = t.Paragraphs[p];
            var lastClose = -1; // token index of the last closing mark in this paragraph
            var depth = 0;      // quotes open inside the open quote
            var continuing = open is not null;
            for (var i = first; i < end; i++)
            {
                var tok = t.Tokens[i];
                if (tok.Shape != QuoteTokenShape.Mark) continue;
                if (continuing)
                {
                    continuing = false;
                    if (i == first && CanOpen(tok, pStop)) continue; // the opening mark that carries the quote on
                    Cut(open!, pStart, "unclosed", spans); open = null; // should not happen: cut at the previous paragraph
                }
                var canOpen = CanOpen(tok, pStop);
                var canClose = CanClose(tok, pStart, pStop);
                if (open is not null && depth > 0 && CanClose(tok, pStart, pStop) && !CanOpen(tok, pStop)) { depth--; continue; }
                if (open is not null)
                {
                    bool close;
                    if (canClose && !canOpen) close = true;
                    else if (canOpen && !canClose) close = tok.Hint < 0 || attribution.FollowsMark(i + 1, end, loose: true);
                    else close = true;
                    if (close)
                    {
                        if (tok.Hint > 0) open.Flags.Add("wrong-direction");
                        Finish(open, i, spans); open = null; lastClose = i;
                    }
                    else if (tok.Hint > 0 && NestedCloses(i + 1, end, pStart, pStop)) depth++; // “... “Settle For Hillary” shirts ...”: a quote inside the quote
                    else { Cut(open, tok.Start, "reopened", spans); open = Open(i, p); }
                    continue;
                }
                var afterClause = PreviousIsClauseEnd(i, first);
                if ((afterClause || canClose && !canOpen) && attribution.FollowsMark(i + 1, end, loose: false))
                {
                    // A closing mark with no quote open: either a quote whose opening mark is missing, or (when only an
                    // attribution stands between it and the last quote) someone relaying that quote.
                    var from = lastClose >= 0 ? lastClose + 1 : first;
                    if (lastClose >= 0 && spans.Count > 0 && attribution.IsAttributionOnly(from, i))  // the last close may have made no span (nothing left after trimming)
                    {
                        spans[^1].RelayMark = i;
                        continue;
                    }
                    var span = new QuoteSpan { CloseMark = i, Unopened = true, FirstParagraph = p, LastParagraph = p };
                    span.Start = from < i ? t.Tokens[from].Start : tok.Start;
                    span.End = tok.Start;
                    span.Flags.Add("unopened");
                    if (Trim(span)) spans.Add(span);
                    lastClose = i;
                    continue;
                }
                if (canOpen) { open = Open(i, p); if (tok.Hint < 0) open.Flags.Add("wrong-direction"); }
                else if (tok.Hint > 0 && !canClose) open = Open(i, p);
                // otherwise a stray mark: ignored
            }
            if (open is null) continue;
            var next = p + 1 < t.Paragraphs.Count ? t.Paragraphs[p + 1] : default;
            if (p + 1 < t.Paragraphs.Count && next.First < next.End && t.Tokens[next.First].Shape == QuoteTokenShape.Mark && CanOpen(t.Tokens[next.First], next.Stop))
            {
                if (!open.Flags.Contains("multi-paragraph")) open.Flags.Add("multi-paragraph");
                continue;
            }
            Cut(open, pStop, "unclosed", spans);
            open = null;
        }
        return spans;
    }

    /// <summary>True when two closing marks follow in the paragraph before any opening one: the inner quote's and the outer's.</summary>
    bool NestedCloses(int from, int end, int pStart, int pStop)
    {
        var closes = 0;
        for (var k = from; k < end && k < from + 200; k++)
        {
            var tok = t.Tokens[k];
            if (tok.Shape != QuoteTokenShape.Mark) continue;
            if (CanOpen(tok, pStop) && !CanClose(tok, pStart, pStop)) return false;
            if (++closes == 2) return true;
        }
        return false;
    }

    QuoteSpan Open(int mark, int paragraph) =>
        new() { OpenMark = mark, Start = t.Tokens[mark].End, FirstParagraph = paragraph, LastParagraph = paragraph };

    void Finish(QuoteSpan span, int close, List<QuoteSpan> spans)
    {
        span.CloseMark = close;
        span.End = t.Tokens[close].Start;
        span.LastParagraph = t.Tokens[close].Paragraph;
        if (Trim(span)) spans.Add(span);
    }

    void Cut(QuoteSpan span, int at, string flag, List<QuoteSpan> spans)
    {
        span.End = at;
        span.LastParagraph = t.Paragraphs.FindLastIndex(p => p.Start <= at);
        if (span.LastParagraph < span.FirstParagraph) span.LastParagraph = span.FirstParagraph;
        span.Flags.Add(flag);
        if (Trim(span)) spans.Add(span);
    }

    /// <summary>Trims spaces and a trailing comma; false when nothing worth quoting is left.</summary>
    bool Trim(QuoteSpan span)
    {
        var s = t.Normalized;
        while (span.Start < span.End && char.IsWhiteSpace(s[span.Start])) span.Start++;
        while (span.End > span.Start && (char.IsWhiteSpace(s[span.End - 1]) || s[span.End - 1] == ',')) span.End--;
        for (var k = span.Start; k < span.End; k++) if (char.IsLetterOrDigit(s[k])) return true;
        return false;
    }

    bool CanOpen(QuoteToken tok, int paragraphStop)
    {
        if (tok.End >= paragraphStop) return false;
        var next = t.Normalized[tok.End];
        return !char.IsWhiteSpace(next) && next is not (',' or '.' or ';' or ':' or '!' or '?' or ')' or ']');
    }

    bool CanClose(QuoteToken tok, int paragraphStart, int paragraphStop)
    {
        if (tok.Start > paragraphStart && !char.IsWhiteSpace(t.Normalized[tok.Start - 1]) && t.Normalized[tok.Start - 1] is not ('(' or '[' or '-')) return true;
        for (var k = tok.End; k < paragraphStop; k++) if (!char.IsWhiteSpace(t.Normalized[k])) return false;
        return true; // at the paragraph's end
    }

    bool PreviousIsClauseEnd(int mark, int first) =>
        mark > first && t.Tokens[mark - 1].Shape == QuoteTokenShape.Punct && t.Normalized[t.Tokens[mark - 1].Start] is ',' or '.' or '?' or '!';
}
