namespace Research;

/// <summary>A quote of one article before corpus-wide speakers and clusters are known.</summary>
internal sealed record ArticleQuote(
    int Start, int End, int Paragraph, string Kind, bool Attributed, string? Cue, SpeakerMention? Mention,
    ArticlePeople.Person? Person, ArticlePeople.Person? Relay, string? RelayText, int SplitOf, List<string> Flags, string? Phrase = null);

/// <summary>Finds one article's quotes: pairs marks, attributes each quote, and resolves pronouns and roles.</summary>
internal static class ArticleQuoteExtractor
{
    public static List<ArticleQuote> Extract(ArticleText text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, QuoteLexicon lex)
    {
        var t = new ArticleTokens(text, paragraphs, sentences);
        var finder = new QuoteAttributionFinder(t, lex);
        var spans = new QuoteMarkPairing(t, finder).Pair();
        var inside = new bool[t.Tokens.Count];
        var s = 0;
        for (var i = 0; i < t.Tokens.Count && s < spans.Count; i++)
        {
            while (s < spans.Count && spans[s].End <= t.Tokens[i].Start) s++;
            if (s < spans.Count && t.Tokens[i].Start >= spans[s].Start) inside[i] = true;
        }
        ArticlePeople? people = null;
        ArticlePeople People() => people ??= new ArticlePeople(t, finder, lex, inside, spans.Count > 0 ? spans[^1].End + 400 : -1);
        var result = spans.Count == 0 ? [] : Marked(t, finder, spans, lex, People());
        var turns = InterviewTurns.Find(t, finder.Phrases, lex, inside, People);
        var all = turns.Count == 0 ? result : Merge(result, turns);
        people?.NameInFull(all.Select(q => q.Person).OfType<ArticlePeople.Person>());
        return all;
    }

    /// <summary>Quotes in marks and interview turns in one list in text order, with each <see cref="ArticleQuote.SplitOf"/> pointing into it.</summary>
    static List<ArticleQuote> Merge(List<ArticleQuote> marked, List<ArticleQuote> turns)
    {
        var order = marked.Select((q, i) => (Quote: q, From: 0, Index: i)).Concat(turns.Select((q, i) => (Quote: q, From: 1, Index: i)))
            .OrderBy(x => x.Quote.Start).ThenBy(x => x.From).ToList();
        var at = new Dictionary<(int, int), int>();
        for (var n = 0; n < order.Count; n++) at[(order[n].From, order[n].Index)] = n;
        return order.Select(x => x.Quote.SplitOf < 0 ? x.Quote : x.Quote with { SplitOf = at[(x.From, x.Quote.SplitOf)] }).ToList();
    }

    /// <summary>The quotes in quote marks, attributed.</summary>
    static List<ArticleQuote> Marked(ArticleTokens t, QuoteAttributionFinder finder, List<QuoteSpan> spans, QuoteLexicon lex, ArticlePeople people)
    {
        var result = new List<ArticleQuote>(spans.Count);
        for (var q = 0; q < spans.Count; q++)
        {
            var span = spans[q];
            var flags = new List<string>(span.Flags);
            var (kind, attribution) = Attribute(t, finder, span, lex, people);
            var splitOf = -1;
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is { Kind: QuoteKinds.Title } && result.Count >= 2 && result[^2] is { Attributed: true } before && attribution is not { Where: "after", Mention: not null }
                && IsSecondPart(t, finder, spans[q - 2], span))
            {
                // “...,” Trump told NBC’s “Today” on Monday. “...”: a title inside the attribution does not part the quote's two pieces.
                splitOf = result.Count - 2;
                flags.Add("split");
                attribution = null;
                if (before.Kind == QuoteKinds.Direct) kind = QuoteKinds.Direct;
            }
            else if (previous is { Attributed: true } && q > 0 && attribution is not { Where: "after", Mention: not null } && IsSecondPart(t, finder, spans[q - 1], span)
                     && !NewSentenceIntroduces(t, spans[q - 1], attribution))
            {
                // “...,” Blinken said. “...”: the second part of a split quote, said by whoever said the first.
                splitOf = result.Count - 1;
                flags.Add("split");
                attribution = null;
                if (previous.Kind == QuoteKinds.Direct) kind = QuoteKinds.Direct;
            }
            else if (attribution is null && previous is { Attributed: true } && span.OpenMark >= 0)
            {
                var prevPara = previous.Paragraph;
                if (prevPara == span.FirstParagraph) { splitOf = result.Count - 1; flags.Add("split"); }
                else if (prevPara == span.FirstParagraph - 1 && StartsParagraph(t, span) && previous.Kind != QuoteKinds.Partial) { splitOf = result.Count - 1; flags.Add("continued"); }
            }
            // “Absolutely,” he said: a capitalised word with its speaker right after it is a quote, not a title.
            // Trump tweeted, “Thank you Indiana!”; a sign that read “Hispanics 4 Trump”: what a speech cue right before the mark introduces is said, not a title.
            var titleLike = attribution is not { Where: "after", Mention: not null } && !CueRightBefore(t, span, attribution) && LooksLikeTitle(t, span, lex);
            // A title is no part of a split quote: the quote's second part, if any, is the next.
            if (titleLike && splitOf >= 0) { splitOf = -1; flags.Remove("split"); flags.Remove("continued"); }
            var attributed = (attribution is not null || splitOf >= 0) && !titleLike;
            if (attribution is { Mention: null } && splitOf < 0 && attribution.Where != "passive")
            {
                // A cue with no speaker of its own ("..., but cautioned that “..."): the subject of the last quote in the sentence.
                if (previous is { Attributed: true } && previous.Paragraph == span.FirstParagraph) { splitOf = result.Count - 1; flags.Add("shared-subject"); }
                else attributed = false;
            }
            if (!attributed)
                kind = titleLike ? QuoteKinds.Title : kind != QuoteKinds.Unopened && Words(t, span) <= 4 ? QuoteKinds.Scare : kind;

            var mention = attributed ? attribution?.Mention : null;
            ArticlePeople.Person? person = null;
            string? phrase = null;
            if (mention is not null)
            {
                person = Resolve(people, mention, flags);
                phrase = attribution!.Where == "subject" ? mention.Text : SourcePhrase.Of(t, lex, mention, attribution.CueToken, attribution.CueToken + attribution.Cue.Words.Length);
            }
            else if (attributed && splitOf >= 0) { mention = result[splitOf].Mention; person = result[splitOf].Person; phrase = result[splitOf].Phrase; }
            var cue = attributed ? (attribution is null ? null : CueText(t, attribution)) ?? (splitOf >= 0 ? result[splitOf].Cue : null) : null;

            ArticlePeople.Person? relay = null;
            string? relayText = null;
            if (span.RelayMark >= 0 && finder.After(span.RelayMark + 1, t.Paragraphs[t.Tokens[span.RelayMark].Paragraph].End) is { Mention: { } rm })
            {
                relayText = rm.Text;
                relay = Resolve(people, rm, []);
                flags.Add("nested");
            }
            result.Add(new ArticleQuote(span.Start, span.End, span.FirstParagraph, kind, attributed, cue, mention, person, relay, relayText, splitOf, flags, phrase));
        }
        return result;
    }

    static readonly QuoteLexicon.Cue ColonCue = new([":"], "colon");

    /// <summary>How many tokens back an attribution is looked for: keeps the work per quote bounded in endless sentences.</summary>
    const int Reach = 80;

    static string CueText(ArticleTokens t, QuoteAttribution a) =>
        t.Original[t.Tokens[a.CueToken].Start..t.Tokens[a.CueToken + a.Cue.Words.Length - 1].End];

    /// <summary>True when the attribution's first word (the speaker's, or the cue's when the speaker follows it) opens a sentence and the cue
    /// (with the speaker, when the speaker follows it) is followed by a comma or a colon and an opening mark: "He adds, “", "Said Berg: “".</summary>
    static bool IntroducesNextQuote(ArticleTokens t, QuoteAttribution a)
    {
        var first = a.Mention is { } m && m.First < a.CueToken ? m.First : a.CueToken;
        var end = Math.Max(a.CueToken + a.Cue.Words.Length, a.Mention is { } after && after.First > a.CueToken ? after.Last + 1 : 0);
        return t.Tokens[first].SentenceStart && (t.IsPunct(end, ',') || t.IsPunct(end, ':')) && end + 1 < t.Tokens.Count && t.Tokens[end + 1].Shape == QuoteTokenShape.Mark;
    }

    /// <summary>“... whole lot of experience.” He adds, “In a campaign ...”: after a quote that ends its sentence, a cue with its speaker
    /// before the next mark introduces a quote of its own, not the second part of the first.</summary>
    static bool NewSentenceIntroduces(ArticleTokens t, QuoteSpan first, QuoteAttribution? second) =>
        second is { Where: "before", Mention: not null } && EndsSentence(t, first);

    /// <summary>True when only the first part's attribution stands between two quotes of one paragraph.</summary>
    static bool IsSecondPart(ArticleTokens t, QuoteAttributionFinder finder, QuoteSpan first, QuoteSpan second) =>
        first.CloseMark >= 0 && second.OpenMark > first.CloseMark && first.LastParagraph == second.FirstParagraph
        && finder.IsAttributionOnly(first.CloseMark + 1, second.OpenMark);

    static ArticlePeople.Person? Resolve(ArticlePeople people, SpeakerMention m, List<string> flags)
    {
        var person = m.Kind switch
        {
            MentionKind.Name => people.Register(m),
            MentionKind.Role => people.ResolveRole(m),
            _ => m.Concepts.Contains("person") ? people.ResolvePronoun(m.First, m.Text) : null,
        };
        if (person is null) flags.Add("speaker-unresolved");
        return person;
    }

    /// <summary>The quote's kind from its place in the sentence, and its attribution (after the closing mark first, then before the opening mark).</summary>
    static (string Kind, QuoteAttribution? Attribution) Attribute(ArticleTokens t, QuoteAttributionFinder finder, QuoteSpan span, QuoteLexicon lex, ArticlePeople people)
    {
        QuoteAttribution? after = null, before = null;
        if (span.CloseMark >= 0)
            after = finder.After(span.CloseMark + 1, t.Paragraphs[t.Tokens[span.CloseMark].Paragraph].End,
                afterComma: (t.IsPunct(span.CloseMark - 1, ',') || t.IsPunct(span.CloseMark + 1, ',')) && !LooksLikeTitle(t, span, lex)); // In “Rolling Back the Threat,” the memo...
        // “... experience.” He adds, “In a campaign ...”: a new sentence whose cue leads on to the next quote introduces that one.
        if (after is { Where: "after" } && EndsSentence(t, span) && IntroducesNextQuote(t, after)) after = null;
        if (span.Unopened) return (QuoteKinds.Unopened, after);
        var open = span.OpenMark;
        var (pFirst, _, _, _) = t.Paragraphs[span.FirstParagraph];
        var sentenceStart = open;
        while (sentenceStart > pFirst && sentenceStart > open - Reach && !t.Tokens[sentenceStart].SentenceStart) sentenceStart--;
        var startsSentence = sentenceStart == open || OnlyPunctuation(t, sentenceStart, open) || t.IsPunct(open - 1, ':');
        var kind = startsSentence ? QuoteKinds.Direct : QuoteKinds.Partial;
        // The cue before the opening mark tells the kind even where the attribution is the one after the quote
        // (Brafman said, “The zeal ...,” he added).
        before = finder.Before(open, sentenceStart);
        if (!startsSentence && IntroducesWholeQuote(t, span, before)) kind = QuoteKinds.Direct;
        // Police said the boy “was treated ...,” Cincinnati.com reported: a speaker read loosely after the quote yields to one named before it.
        if (after is { Where: "after-loose" } && before is { Mention: not null }) after = null;
        else if (after is { Where: "after-loose" }) after = after with { Where = "after" };
        // “...violent.” Ohio Gov. John Kasich said he would...: a new sentence about something else, not this quote's attribution.
        // After a question or an exclamation the cue's object is the one spoken to ("“...?” Todd asked the real estate mogul").
        if (after is { Mention: { } m } && m.First < after.CueToken && EndsSentence(t, span) && StartsClause(t, after.CueToken + after.Cue.Words.Length)
            && !(t.Normalized[span.End - 1] is '?' or '!' && t.IsWord(after.CueToken + after.Cue.Words.Length) && t.Span(after.CueToken + after.Cue.Words.Length) is "the" or "a" or "his" or "her"))
            after = null;
        if (after is { Mention: not null } or { Where: "passive" }) return (kind, after);
        if (span.CloseMark >= 0 && finder.EndOfSentence(span.CloseMark + 1, t.Paragraphs[t.Tokens[span.CloseMark].Paragraph].End) is { } late) return (kind, late);
        if (before is { Mention: not null } or { Where: "passive" }) return (kind, before);
        if (before is null && t.IsPunct(open - 1, ':') && finder.Phrases.Backward(open - 1, Math.Max(pFirst, open - 12)) is { Kind: MentionKind.Name } colonName)
            // transcripts and round-ups: "Rep. Trey Gowdy: “...”"; a label that opens its paragraph in capitals ("ANNA BERG: “...”") is a name in ordinary case.
            return (QuoteKinds.Direct, new QuoteAttribution(ColonCue, open - 1, colonName.First == pFirst ? colonName with { Name = SpeakerNames.OrdinaryCase(colonName.Name!) } : colonName, "colon"));
        if (before is not null && Subject(t, finder, people, sentenceStart, before.CueToken) is { } subject)
            return (kind, before with { Mention = subject, Where = "subject" }); // "Blinken underlined ..., but cautioned that “...”": the sentence's subject
        if (startsSentence && sentenceStart > pFirst && before is null && t.IsPunct(sentenceStart - 1, '.'))
        {
            // "Sam Lau ... said in a statement. “...”": a sentence that ends in its cue introduces the quote after it.
            var previousStart = sentenceStart - 1;
            while (previousStart > pFirst && previousStart > open - Reach && !t.Tokens[previousStart].SentenceStart) previousStart--;
            if (finder.Before(open, previousStart) is { Cue.Kind: "verb", Mention: not null } introduced
                && introduced.CueToken + introduced.Cue.Words.Length >= sentenceStart - 1 && introduced.Mention.Last < introduced.CueToken)
                return (kind, introduced with { Where = "previous-sentence" });
        }
        if (StartsParagraph(t, span) && span.FirstParagraph > 0 && t.IsPunct(open - 1, ':'))
        {
            // "As X reported:" ending the paragraph before: the quote is the whole next paragraph.
            var previousStart = open - 1;
            while (previousStart > t.Paragraphs[span.FirstParagraph - 1].First && previousStart > open - Reach && !t.Tokens[previousStart].SentenceStart) previousStart--;
            if (finder.Before(open, previousStart) is { } colon)
                return (kind, colon.Mention is null && Subject(t, finder, people, previousStart, colon.CueToken) is { } s ? colon with { Mention = s } : colon);
        }
        if (startsSentence && sentenceStart > pFirst && t.IsPunct(sentenceStart - 1, ':') || t.IsPunct(open - 1, ':'))
        {
            var previousStart = sentenceStart - 1;
            while (previousStart > pFirst && previousStart > open - Reach && !t.Tokens[previousStart].SentenceStart) previousStart--;
            var previous = finder.Before(open, previousStart);
            if (previous is { Mention: not null }) return (kind, previous);
        }
        // "Clinton has since apologized for what happened: “...”": a sentence with no speech cue that introduces a whole quoted
        // sentence with a colon; its subject said it.
        if (kind == QuoteKinds.Direct && before is null && Words(t, span) >= 3 && ColonSentence(t, span) is { } colonSentence
            && ColonSubject(t, finder, people, colonSentence, open - 1) is { } introducer)
            return (kind, new QuoteAttribution(ColonCue, open - 1, introducer, "subject"));
        if (after is null && before is null && Signature(t, finder, span, kind) is { } signed) return (kind, signed);
        return (kind, after ?? before);
    }

    static readonly QuoteLexicon.Cue DashCue = new(["-"], "signature");

    /// <summary>The first token of the sentence that a colon right before the quote's opening mark ends, in the quote's paragraph or
    /// ending the paragraph before one that the quote opens; null when no colon comes right before the mark.</summary>
    static int? ColonSentence(ArticleTokens t, QuoteSpan span)
    {
        var colon = span.OpenMark - 1;
        if (!t.IsPunct(colon, ':')) return null;
        var paragraph = t.Tokens[colon].Paragraph;
        if (paragraph != span.FirstParagraph && !(paragraph == span.FirstParagraph - 1 && StartsParagraph(t, span))) return null;
        var first = t.Paragraphs[paragraph].First;
        if (colon <= first) return null; // a paragraph that opens with the colon: no sentence before it
        var k = colon - 1;
        while (k > first && k > colon - Reach && !t.Tokens[k].SentenceStart) k--;
        return t.Tokens[k].SentenceStart || k == first ? k : null; // a sentence longer than the reach has no start to read
    }

    /// <summary>A quote signed after a dash, on its own line (“...” / "- Hillary Clinton.") or after the closing mark
    /// (“...” — Maria Lopez, 34, Phoenix): fact-check, round-up and gallery style.</summary>
    static QuoteAttribution? Signature(ArticleTokens t, QuoteAttributionFinder finder, QuoteSpan span, string kind)
    {
        if (span.CloseMark < 0) return null;
        var (_, end, _, _) = t.Paragraphs[span.LastParagraph];
        // Only a whole quote is signed: "call the lot “the pit” — Mayor Jane Doe, for one, wants it paved" is a dash in the writer's sentence.
        if (span.CloseMark + 1 < end && t.IsPunct(span.CloseMark + 1, '-')) return kind == QuoteKinds.Direct ? SignedAfterDash(t, finder, span.CloseMark + 1, end) : null;
        if (span.LastParagraph + 1 >= t.Paragraphs.Count) return null;
        if (span.CloseMark < end - 2) return null; // the quote must end its paragraph
        var (first, nextEnd, _, _) = t.Paragraphs[span.LastParagraph + 1];
        if (nextEnd - first > 10 || !t.IsPunct(first, '-')) return null;
        return finder.Phrases.Forward(first + 1, nextEnd) is { Kind: MentionKind.Name } name ? new QuoteAttribution(DashCue, first, name, "signature") : null;
    }

    /// <summary>"— Maria Lopez, 34, Phoenix" ending a paragraph: a name after the dash, then nothing, or a description after a comma
    /// with no quote mark and no speech cue in it.</summary>
    static QuoteAttribution? SignedAfterDash(ArticleTokens t, QuoteAttributionFinder finder, int dash, int end)
    {
        if (finder.Phrases.Forward(dash + 1, end) is not { Kind: MentionKind.Name } name || name.First != dash + 1) return null;
        var k = name.Last + 1;
        if (k < end && !t.IsPunct(k, ',') && !(t.IsPunct(k, '.') && k + 1 == end)) return null;
        if (end - k > 40) return null; // a description, not a paragraph going on
        for (; k < end; k++)
            if (t.Tokens[k].Shape == QuoteTokenShape.Mark || finder.CueAt(k, end) is { Kind: "verb" }) return null;
        return new QuoteAttribution(DashCue, dash, name, "signature");
    }

    /// <summary>
    /// The subject of a sentence that ends in a colon, when it opens the sentence (or follows an opening phrase set off by a comma)
    /// and a lower-case word, its verb, comes after it (past an apposition between commas): "Clinton has since apologized ...:",
    /// "As if addressing him, the Illinois Board of Elections was conclusive ...:", "Mitch McConnell, R-Ky., delivered ...:".
    /// A name of one word must be one the article names someone by.
    /// </summary>
    static SpeakerMention? ColonSubject(ArticleTokens t, QuoteAttributionFinder finder, ArticlePeople people, int from, int colon)
    {
        var start = from;
        if (t.IsWord(start) && AttributionWords.Is(t.Span(start), "sentence-opener")) start++;
        for (var k = start; k < colon && k < start + 12; k++)
        {
            if (t.Tokens[k].Shape == QuoteTokenShape.Mark) return null;
            if (k > start && !t.IsPunct(k - 1, ',')) continue;
            if (finder.Phrases.Forward(k, colon) is not { } m || m.First != k) continue;
            // Pronouns are left out: a colon sentence often turns to someone other than the last person named.
            var ok = m.Kind == MentionKind.Name ? m.Name!.Contains(' ') || people.Knows(m.Surname) : m.Kind == MentionKind.Role;
            var verb = m.Last + 1;
            if (t.IsPunct(verb, ','))
            {
                // Past an apposition: "Mitch McConnell, R-Ky., delivered", "The Clinton campaign, in a Q&A ..., worded".
                var close = verb + 1;
                while (close < colon && close < verb + 14 && !t.IsPunct(close, ',')) close++;
                verb = close + 1;
            }
            // "..., Trump did support the idea, and NBC News has proof:": a second clause has a subject of its own.
            for (var c = verb; c + 1 < colon; c++) if (t.IsPunct(c, ',') && t.IsWord(c + 1) && t.Span(c + 1) is "and" or "but") return null;
            return ok && verb < colon && t.IsWord(verb) && char.IsLower(t.Normalized[t.Tokens[verb].Start])
                && !AttributionWords.Is(t.Span(verb), "noun-continues") ? m : null;
        }
        return null;
    }

    /// <summary>The first name or pronoun of a sentence before its cue: the subject a participle cue ("saying", "adding") shares.</summary>
    static SpeakerMention? Subject(ArticleTokens t, QuoteAttributionFinder finder, ArticlePeople people, int from, int cue)
    {
        // "President Donald Trump said ..., tweeting that ...": the speaker of an earlier cue in the sentence.
        for (var k = from; k < cue; k++)
            if (finder.CueAt(k, cue) is { Kind: "verb" } && finder.Phrases.Backward(k, from) is { Kind: MentionKind.Name or MentionKind.Pronoun } earlier) return earlier;
        for (var k = from; k < cue; k++)
        {
            if (t.Tokens[k].Shape == QuoteTokenShape.Mark) return null;
            if (!t.IsWord(k)) continue;
            // "The spokesman refused ..., adding:", "Ryan's campaign shrugged off ..., telling reporters": a role or a body opening the sentence.
            if (k == from && (finder.Phrases.Forward(k, cue) is { Kind: MentionKind.Role, Concepts.Length: > 0 } role ? role : finder.Phrases.Possessed(k, cue) ?? finder.Phrases.Described(k, cue)) is { } opening) return opening;
            // A lone capitalised word opening a sentence ("Felt we should...") is a name only if the article names someone so.
            // "In a statement to ABC News, a rep for Weinstein said": a determiner's phrase reaching the cue, or speaking for someone.
            if (k > from && finder.Phrases.Described(k, cue) is { } described && (described.Last + 1 == cue || described.Text.Contains(" for ", StringComparison.Ordinal))) return described;
            // "Here in Columbia, X said", "a source speaking to Fox News said": a name after a preposition is a place or an object, not the subject.
            if (k > from && t.IsWord(k - 1) && t.Span(k - 1) is "in" or "at" or "to" or "from" or "with" or "near" && t.IsCapitalized(k))
            {
                while (k + 1 < cue && t.IsCapitalized(k + 1)) k++;
                continue;
            }
            if (finder.Phrases.Forward(k, cue) is { Kind: MentionKind.Name or MentionKind.Pronoun } m
                && (m.Kind == MentionKind.Pronoun || m.Name!.Contains(' ') || m.First > k || people.Knows(m.Surname) || !t.Tokens[k].SentenceStart)) return m;
        }
        return null;
    }

    static bool CueRightBefore(ArticleTokens t, QuoteSpan span, QuoteAttribution? a) =>
        a is { Where: "before", Cue.Kind: "verb", Mention: not null } && span.OpenMark >= 0 && Words(t, span) >= 2 // she went on “Oprah”
        && (a.CueToken + a.Cue.Words.Length == span.OpenMark || a.CueToken + a.Cue.Words.Length == span.OpenMark - 1 && t.IsPunct(span.OpenMark - 1, ','));

    /// <summary>True when the cue before the opening mark introduces the quote as the whole of what was said, not words inside a sentence of the writer's.</summary>
    static bool IntroducesWholeQuote(ArticleTokens t, QuoteSpan span, QuoteAttribution? before)
    {
        if (before is null) return false;
        var open = span.OpenMark;
        var cueEnd = before.CueToken + before.Cue.Words.Length;
        // "An economic downturn, he said, “could be a good time ...”", "According to pool reports, Obama said “there is love”":
        // a quote opening in lower case after an attribution set off by a comma inside the writer's sentence carries that sentence on.
        if (char.IsLower(t.Normalized[span.Start]) && before.Mention is { } said && said.First < before.CueToken && t.IsPunct(said.First - 1, ',')) return false;
        if (t.IsPunct(open - 1, ','))
        {
            // Blinken said, “...”: a quote the cue introduces with a comma is a whole quoted sentence, not a partial quote.
            if (cueEnd == open - 1 || char.IsUpper(t.Normalized[span.Start])) return true;
            // “told his supporters, “...”, “telling her, “...”: the one spoken to stands between the cue and the comma.
            return before.Cue.Kind == "verb" && open - 1 - cueEnd <= 3 && Listener(t, cueEnd, open - 1);
        }
        // Trump says “the whole game has become screwed up”: the quote is the whole of what the cue reports;
        // he yelled “You lie!”, protesters chanting “Dump Trump.”: so is a short exclamation, question or capitalised sentence.
        return before.Cue.Kind == "verb" && cueEnd == open
            && (Words(t, span) >= 3 || t.Normalized[span.End - 1] is '!' or '?' || t.Normalized[span.End - 1] == '.' && char.IsUpper(t.Normalized[span.Start]));
    }

    /// <summary>True when tokens [from, to) are a few lower-case words naming whom a cue addresses ("her", "his supporters", "the crowd"), not a clause ("that", "if") or a noun the cue word qualifies ("the charged term").</summary>
    static bool Listener(ArticleTokens t, int from, int to)
    {
        if (from >= to || !AttributionWords.Is(t.Span(from), "listener")) return false;
        for (var k = from; k < to; k++)
            if (!t.IsWord(k) || char.IsUpper(t.Normalized[t.Tokens[k].Start]) || AttributionWords.Is(t.Span(k), "clause")) return false;
        return true;
    }

    static bool EndsSentence(ArticleTokens t, QuoteSpan span) => t.Normalized[span.End - 1] is '.' or '?' or '!';

    static bool StartsClause(ArticleTokens t, int k) =>
        t.IsWord(k) && (t.Span(k) is "that" or "he" or "she" or "they" or "it" or "we" or "i" or "his" or "her" or "the" or "a");

    static bool OnlyPunctuation(ArticleTokens t, int from, int to)
    {
        for (var k = from; k < to; k++) if (t.Tokens[k].Shape != QuoteTokenShape.Punct) return false;
        return true;
    }

    static bool StartsParagraph(ArticleTokens t, QuoteSpan span) => span.OpenMark == t.Paragraphs[span.FirstParagraph].First;

    static int Words(ArticleTokens t, QuoteSpan span)
    {
        var n = 0;
        var inWord = false;
        for (var k = span.Start; k < span.End; k++)
        {
            var w = char.IsLetterOrDigit(t.Normalized[k]);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    /// <summary>A short run of capitalised words with no sentence punctuation: a title, name or nickname ("Saturday Night Live").</summary>
    static bool LooksLikeTitle(ArticleTokens t, QuoteSpan span, QuoteLexicon lex)
    {
        var s = t.Normalized;
        if (span.End - span.Start > 80) return false;
        var last = s[span.End - 1];
        var stop = span.End;
        // Sanders told CNN's “State of the Union.”: after a possessive, a capitalised run is a programme's or a paper's name, the period the sentence's.
        if (last is '.' or ',' && span.OpenMark > 0 && t.IsCapitalized(span.OpenMark - 1) && t.Span(span.OpenMark - 1).EndsWith("'s", StringComparison.Ordinal)) stop--;
        else if (last is '.' or '!' or '?' or ',') return false;
        var words = 0;
        var wordStart = true;
        for (var k = span.Start; k < stop; k++)
        {
            var c = s[k];
            if (char.IsLetter(c) && wordStart)
            {
                wordStart = false;
                var end = k;
                while (end < span.End && char.IsLetter(s[end])) end++;
                var word = s.AsSpan(k, end - k);
                if (!char.IsUpper(c) && !(words > 0 && lex.IsStopword(word) && word.Length <= 4)) return false;
                if (words == 0 && (word is "I" or "We" or "You" or "It" or "He" or "She" or "They")) return false;
                words++;
            }
            else if (!char.IsLetterOrDigit(c) && c != '\'') wordStart = true;
        }
        return words is >= 1 and <= 8;
    }
}
