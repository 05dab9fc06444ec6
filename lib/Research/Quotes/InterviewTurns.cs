namespace Research;

/// <summary>
/// The turns of a question-and-answer interview ("Q: ...", "A: ...", "Question: ...") or of a broadcast transcript ("JAKE TAPPER: ...",
/// "FALLIN: ..."): paragraphs that open with a speaker's label instead of quote marks. An answer is the interviewee's, the
/// person the introduction names first (not a reporter or host); a named turn is the labelled person's, with the name
/// the article spells out where it does ("FALLIN" is "Mary Fallin"); a question is the interviewer's, left unattributed
/// because an introduction often names two ("spoke with POLITICO's X and The Post's Y").
/// </summary>
internal static class InterviewTurns
{
    /// <summary>A paragraph that opens with a label: its first token, where the turn's words start, and the label as written.</summary>
    /// <param name="Quoted">The turn's words are in quote marks ("BERG: “...”"): a quote of its own, attributed by its label, so no turn here.</param>
    readonly record struct Labelled(int Paragraph, int LabelFirst, int LabelLast, int TextStart, string Label, char Speaker, bool Quoted = false);

    /// <summary>How many labelled surnames of one article are looked up in its words ("FALLIN" as "Mary Fallin"); each look-up reads the whole article.</summary>
    const int MaxSpelledOut = 64;

    /// <summary>The turns of the article, in order, as quotes of kind <see cref="QuoteKinds.Interview"/>; none when it is not an interview or transcript.</summary>
    /// <param name="inside">Tokens inside quote marks: a label there is quoted text, not a turn.</param>
    /// <param name="people">The article's people, made only when the article has turns.</param>
    public static List<ArticleQuote> Find(ArticleTokens t, SpeakerPhraseReader reader, QuoteLexicon lex, bool[] inside, Func<ArticlePeople> people)
    {
        var labelled = new List<Labelled>();
        for (var p = 0; p < t.Paragraphs.Count; p++)
            if (LabelOf(t, p, inside, lex) is { } l) labelled.Add(l);
        var questions = labelled.Count(l => l.Speaker == 'Q');
        var answers = labelled.Count(l => l.Speaker == 'A');
        var named = labelled.Where(l => l.Speaker == 'N').GroupBy(l => Surname(l.Label), StringComparer.Ordinal).ToList();
        // An interview has two questions and two answers at least; a transcript three named turns of two people, one of them twice
        // (so that "BYLINE: ..." or a headline's "BOOM: ..." is no turn).
        // The interviewer's "Q:" is a party of a transcript too ("Q: ...", "BIDEN: ...").
        var isInterview = questions >= 2 && answers >= 2;
        var isTranscript = named.Count + (questions > 0 ? 1 : 0) >= 2 && named.Sum(g => g.Count()) + questions >= 3 && named.Any(g => g.Count() >= 2);
        if (!isInterview && !isTranscript) return [];
        // An answer runs on to the next label of any kind, a quoted turn's too.
        var labels = labelled.Select(l => l.Paragraph).ToList();
        labelled.RemoveAll(l => l.Quoted || l.Speaker switch { 'N' => !isTranscript, 'A' => !isInterview, _ => false });

        if (labelled.Count == 0) return [];
        var article = people();
        var interviewee = isInterview ? Interviewee(t, reader, lex, inside, labelled[0].Paragraph) : null;
        var intervieweePerson = interviewee is null ? null : article.Register(interviewee);
        var spelled = new Dictionary<string, SpeakerMention?>(StringComparer.OrdinalIgnoreCase);
        var result = new List<ArticleQuote>();
        for (var n = 0; n < labelled.Count; n++)
        {
            var l = labelled[n];
            var (_, _, _, stop) = t.Paragraphs[l.Paragraph];
            var end = TrimEnd(t.Original, l.TextStart, stop);
            if (end <= l.TextStart) continue;
            var mention = new SpeakerMention(l.LabelFirst, l.LabelLast, l.Speaker == 'N' ? MentionKind.Name : MentionKind.Role, l.Label,
                l.Speaker == 'N' ? SpeakerNames.OrdinaryCase(l.Label) : null, l.Speaker switch { 'Q' => "interviewer", 'A' => "interviewee", _ => null }, null, []);
            var cue = LabelText(t, l);
            var flags = new List<string>();
            ArticlePeople.Person? person;
            if (l.Speaker == 'Q') { result.Add(new ArticleQuote(l.TextStart, end, l.Paragraph, QuoteKinds.Interview, false, cue, null, null, null, null, -1, flags)); continue; }
            if (l.Speaker == 'A')
            {
                person = intervieweePerson;
                if (person is null) flags.Add("speaker-unresolved");
            }
            else
            {
                // Each surname is looked up once in the article's words, and only so many: a transcript of thousands of voices keeps its labels.
                if (!spelled.TryGetValue(mention.Surname, out var spelledOut))
                    spelled[mention.Surname] = spelledOut = spelled.Count < MaxSpelledOut ? SpelledOut(t, reader, lex, mention) : null;
                person = article.Register(spelledOut ?? mention);
            }
            var turn = result.Count;
            result.Add(new ArticleQuote(l.TextStart, end, l.Paragraph, QuoteKinds.Interview, true, cue, mention, person, null, null, -1, flags, l.Label));
            // An answer runs on over the unlabelled paragraphs up to the next turn (a transcript's may be the writer's comment, so not there).
            var next = labels.BinarySearch(l.Paragraph + 1); // labels are in paragraph order: the first label after this turn's
            if (next < 0) next = ~next;
            if (next >= labels.Count) next = -1;
            if (l.Speaker != 'A' || next < 0) continue;
            for (var p = l.Paragraph + 1; p < labels[next]; p++)
            {
                var (first, pEnd, start, pStop) = t.Paragraphs[p];
                if (first >= pEnd || inside[first] || t.Tokens[first].Shape == QuoteTokenShape.Mark) continue;
                var stopAt = TrimEnd(t.Original, start, pStop);
                if (stopAt > t.Tokens[first].Start)
                    result.Add(new ArticleQuote(t.Tokens[first].Start, stopAt, p, QuoteKinds.Interview, true, cue, mention, person, null, null, turn, ["continued"], l.Label));
            }
        }
        return result;
    }

    /// <summary>The label opening paragraph <paramref name="p"/>, if any: "Q:", "Q.", "A:", "A.", "Question:", "Answer:", "Q" run into the question ("QWhat would..."), or an upper-case name and a colon.</summary>
    static Labelled? LabelOf(ArticleTokens t, int p, bool[] inside, QuoteLexicon lex)
    {
        var (first, end, _, _) = t.Paragraphs[p];
        if (end - first < 2 || !t.IsWord(first) || inside[first]) return null;
        var w = t.Span(first);
        if (w is "Q" or "A" && IsLabelPunct(t, first + 1) && first + 2 < end)
            return new Labelled(p, first, first + 1, t.Tokens[first + 2].Start, w.ToString(), w[0], t.Tokens[first + 2].Shape == QuoteTokenShape.Mark);
        if (w is "Q." or "A.")
            return new Labelled(p, first, first, t.Tokens[first + 1].Start, w[..1].ToString(), w[0], t.Tokens[first + 1].Shape == QuoteTokenShape.Mark);
        if (w.Equals("Question", StringComparison.OrdinalIgnoreCase) || w.Equals("Answer", StringComparison.OrdinalIgnoreCase))
            return t.IsPunct(first + 1, ':') && first + 2 < end
                ? new Labelled(p, first, first + 1, t.Tokens[first + 2].Start, w.ToString(), char.ToUpperInvariant(w[0]), t.Tokens[first + 2].Shape == QuoteTokenShape.Mark)
                : null;
        // "QLast October, President Obama...": the label's colon lost in the page's markup.
        if (w.Length >= 3 && w[0] == 'Q' && char.IsUpper(w[1]) && SpeakerNames.HasLower(w[2..]))
            return new Labelled(p, first, first, t.Tokens[first].Start + 1, "Q", 'Q');
        var k = first;
        var letters = 0;
        // "DRIVER OF THE DAY:", "MOVE OF THE RACE:": a round-up's heading, not a name, has function words.
        while (k < end && k < first + 4 && t.IsWord(k) && IsUpperWord(t.Span(k)) && !lex.IsStopword(t.Span(k))) { letters += t.Span(k).Length; k++; }
        if (k == first || letters < 3 || !t.IsPunct(k, ':') || k + 1 >= end) return null;
        return new Labelled(p, first, k, t.Tokens[k + 1].Start, t.Original[t.Tokens[first].Start..t.Tokens[k - 1].End], 'N', t.Tokens[k + 1].Shape == QuoteTokenShape.Mark);
    }

    static bool IsLabelPunct(ArticleTokens t, int k) =>
        k < t.Tokens.Count && t.Tokens[k].Shape == QuoteTokenShape.Punct && t.Normalized[t.Tokens[k].Start] is ':' or '.' or '-' or '\u2013' or '\u2014';

    static bool IsUpperWord(ReadOnlySpan<char> w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 1;
    }

    static string Surname(string label) => label[(label.LastIndexOf(' ') + 1)..];

    /// <summary>The label as written, its colon included ("Q:", "TAPPER:"; "Q" of "QWhat would...").</summary>
    static string LabelText(ArticleTokens t, Labelled l) => t.Original[t.Tokens[l.LabelFirst].Start..Math.Min(t.Tokens[l.LabelLast].End, l.TextStart)];

    static int TrimEnd(string text, int start, int stop)
    {
        while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
        return stop;
    }

    /// <summary>The article's own spelling of a labelled person's full name ("Gov. Mary Fallin" for "FALLIN"), the first it gives.</summary>
    static SpeakerMention? SpelledOut(ArticleTokens t, SpeakerPhraseReader reader, QuoteLexicon lex, SpeakerMention label)
    {
        var surname = label.Surname;
        for (var k = 0; k < t.Tokens.Count; k++)
        {
            if (!t.IsWord(k) || IsUpperWord(t.Span(k)) || !t.Span(k).Equals(surname, StringComparison.OrdinalIgnoreCase)) continue;
            var floor = t.Paragraphs[t.Tokens[k].Paragraph].First;
            if (reader.Backward(k + 1, floor) is not { Kind: MentionKind.Name } m || m.Last != k) continue;
            // "NPR's Ari Shapiro": the name after the possessive.
            for (var j = m.Last - 1; j >= m.First; j--)
                if (t.IsWord(j) && t.Span(j).EndsWith("'s", StringComparison.Ordinal)) { m = reader.Forward(j + 1, k + 1); break; }
            if (m is { Kind: MentionKind.Name, Last: var last } && last == k && m.Name!.Contains(' ') && !lex.IsStop(t.Span(m.First))) return m;
        }
        return null;
    }

    /// <summary>The person an interview's introduction names first, unless a reporter, writer or host ("Vice President Joe Biden ... spoke with POLITICO senior writer Michael Grunwald").</summary>
    static SpeakerMention? Interviewee(ArticleTokens t, SpeakerPhraseReader reader, QuoteLexicon lex, bool[] inside, int firstTurn)
    {
        for (var p = 0; p < firstTurn; p++)
        {
            var (first, end, _, _) = t.Paragraphs[p];
            for (var k = first; k < end; k++)
            {
                if (inside[k] || !t.IsCapitalized(k) || lex.IsStop(t.Span(k))) continue;
                if (reader.Forward(k, end) is not { Kind: MentionKind.Name } m || !m.Name!.Contains(' ')) continue;
                if (!IsJournalist(t, m, first)) return m;
                k = m.Last;
            }
        }
        return null;
    }

    /// <summary>True when the words naming a person, or the three before them, call them a reporter, writer, host or the like.</summary>
    static bool IsJournalist(ArticleTokens t, SpeakerMention m, int floor)
    {
        if (m.Role is { } role && role.Split(' ').Any(w => AttributionWords.Is(w, "journalist"))) return true;
        for (var k = m.First; k <= m.Last; k++) if (t.IsWord(k) && AttributionWords.Is(t.Span(k), "journalist")) return true;
        for (var k = Math.Max(floor, m.First - 3); k < m.First; k++) if (t.IsWord(k) && AttributionWords.Is(t.Span(k), "journalist")) return true;
        return false;
    }
}
