namespace Research;

/// <summary>Where a quote's attribution was found: the cue, its token, and the speaker phrase (null when the cue has none, as in "..., but cautioned that").</summary>
internal sealed record QuoteAttribution(QuoteLexicon.Cue Cue, int CueToken, SpeakerMention? Mention, string Where);

/// <summary>Finds the cue and speaker phrase of a quote in the few tokens after its closing mark or before its opening mark.</summary>
internal sealed class QuoteAttributionFinder(ArticleTokens t, QuoteLexicon lex)
{
    readonly SpeakerPhraseReader phrases = new(t, lex);

    public SpeakerPhraseReader Phrases => phrases;

    /// <summary>The cue that starts at token <paramref name="k"/>, if one does (and fits before <paramref name="limit"/>).</summary>
    public QuoteLexicon.Cue? CueAt(int k, int limit)
    {
        if (!t.IsWord(k)) return null;
        if (char.IsUpper(t.Normalized[t.Tokens[k].Start]) && !t.Tokens[k].SentenceStart) return null; // "United States" is no cue
        var list = lex.CuesStartingWith(t.Span(k));
        if (list is null) return null;
        foreach (var cue in list)
        {
            if (k + cue.Words.Length > limit) continue;
            var ok = true;
            for (var m = 1; m < cue.Words.Length && ok; m++)
                ok = t.IsWord(k + m) && t.Span(k + m).Equals(cue.Words[m], StringComparison.OrdinalIgnoreCase);
            if (ok) return cue;
        }
        return null;
    }

    /// <summary>The attribution right after a closing mark: "said Blinken", "Putin added", "he told reporters", "according to X".</summary>
    /// <param name="longPhrases">Also read a longer speaker phrase back from a cue further on; off where a wrong guess would re-pair quote marks.</param>
    /// <param name="afterComma">The quote ends in a comma ("...,” X said): its sentence goes on into its attribution, so a speaker phrase
    /// the patterns below do not know is still taken, read loosely (<see cref="LooseSpeaker"/>); such an attribution is marked "after-loose".</param>
    public QuoteAttribution? After(int from, int limit, bool longPhrases = true, bool afterComma = false)
    {
        var j = from;
        while (j < limit && t.Tokens[j].Shape == QuoteTokenShape.Punct && t.Normalized[t.Tokens[j].Start] is ',' or '-' or '\u2014') j++;
        limit = NextMark(j, limit);
        if (j >= limit) return null;
        var cue = CueAt(j, limit);
        if (cue is { Kind: "verb" or "source" })
        {
            var k = j + cue.Words.Length;
            // "said Clinton's campaign", "according to Ryan's office": a possessive's role (or the person it names) is the source.
            var mention = phrases.Forward(k, limit) ?? phrases.ForwardAfterModifiers(k, limit) ?? phrases.PossessedNamed(k, limit);
            if (mention is { Kind: MentionKind.Role } && NamedAfterRole(mention, limit) is { } named) mention = named;
            if (mention is null && afterComma && cue.Kind == "verb" && !cue.Words[0].EndsWith("ing", StringComparison.Ordinal) && LooseInverted(k, limit) is { } loose)
                return new QuoteAttribution(cue, j, loose, "after-loose");
            return new QuoteAttribution(cue, j, mention, "after");
        }
        var np = phrases.Forward(j, limit);
        if (np is not null)
        {
            var c = SkipOfPlace(SkipBracket(np.Last + 1, limit), limit);
            for (var skipped = 0; skipped <= 3 && c < limit; skipped++, c++)
            {
                var found = CueAt(c, limit);
                if (found is { Kind: "verb" } && IsPassive(c, found))
                {
                    var by = c + found.Words.Length;
                    return new QuoteAttribution(found, c, t.IsWord(by) && t.Span(by) is "by" ? phrases.Forward(by + 1, limit) ?? phrases.ForwardAfterModifiers(by + 1, limit) : null, "passive");
                }
                if (found is { Kind: "verb" }) return IntroducesNext(c, found) ? null : new QuoteAttribution(found, c, np, "after");
                if (!t.IsWord(c) || !IsAdverbial(c)) break;
            }
        }
        // "Trump senior adviser Paul Manafort conceded", "California Rep. Duncan Hunter's chief of staff, Joe Kasper, told":
        // a longer phrase before the cue, read back from the cue.
        // "...,” raising fresh questions about ...": a clause opened by a participle, not a speaker before a cue.
        if (t.IsWord(j) && char.IsLower(t.Normalized[t.Tokens[j].Start]) && t.Span(j).EndsWith("ing", StringComparison.Ordinal)) return null;
        for (var c = j + 1; longPhrases && c < limit && c < j + 28; c++)
        {
            // After a comma the attribution is sure to come: only a sentence start ends it, not the period of "R-Ky." or "fivethirtyeight.com".
            if (afterComma ? t.Tokens[c].SentenceStart : IsSentenceEnd(c)) break;
            if (CueAt(c, limit) is { Kind: "verb" } found)
            {
                if (IntroducesNext(c, found)) return null;
                if (t.IsWord(c - 1) && t.Span(c - 1) is "who") continue; // "an official who spoke ... said": the relative clause's verb
                if (phrases.Backward(c, j) is { } m && OnlyWords(j, m.First)) return new QuoteAttribution(found, c, m, "after");
                // "his wife, Gabriela Lazar, wrote", "Sanders's campaign manager, Jeff Weaver, said": a role, then the person's name.
                if (phrases.Backward(c, j) is { Kind: MentionKind.Name } named && (phrases.Forward(j, c) ?? phrases.Possessed(j, c)) is { Kind: MentionKind.Role } role
                    && t.IsPunct(role.Last + 1, ',') && role.Last + 2 == named.First) return new QuoteAttribution(found, c, named, "after");
                // "a White House official who spoke anonymously to discuss the talks said": the phrase opening the clause, its relative clause up to the cue.
                if (phrases.Forward(j, c) is { } opening && t.IsWord(opening.Last + 1) && t.Span(opening.Last + 1) is "who" or "whose") return new QuoteAttribution(found, c, opening, "after");
                // "federal prosecutors wrote", "aides said": a few lower-case words and no determiner.
                if (c - j <= 3 && OnlyLowerWords(j, c) && phrases.Bare(j, c - 1) is { } bare) return new QuoteAttribution(found, c, bare, "after");
                return afterComma && LooseSpeaker(j, c) is { } loose ? new QuoteAttribution(found, c, loose, "after-loose") : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The speaker phrase in tokens [from, cue) after a quote that ends in a comma, where the patterns of <see cref="After"/> find none:
    /// a name opening it and set off by a comma ("Nate Silver, the polling guru who founded the site, tweeted"), else a name just
    /// before the cue ("Fight for $15 organizing director Kendall Fells told"), else a name opening it, else the role just before the cue
    /// ("the bespectacled, 71-year-old diplomat said"), else the phrase opening it ("an intelligence source, who was not authorized
    /// to speak, told"). Null when the words are not a noun phrase's ("...,” but critics said", "...,” referring to what he said").
    /// </summary>
    SpeakerMention? LooseSpeaker(int from, int cue)
    {
        if (!t.IsWord(from) || !(t.IsCapitalized(from) && !lex.IsStop(t.Span(from)) || AttributionWords.Is(t.Span(from), "determiner"))) return null;
        // Sentence starts only: the periods of "R-Ky." or "fivethirtyeight.com" end no sentence.
        for (var k = from; k <= cue; k++) if (t.Tokens[k].Shape == QuoteTokenShape.Mark || k > from && t.Tokens[k].SentenceStart) return null;
        // "..., Seoul should instead respond to ..., Kim said": a modal or "to" just before the cue makes it a clause's verb, not an attribution.
        for (var k = Math.Max(from, cue - 2); k < cue; k++) if (t.IsWord(k) && char.IsLower(t.Normalized[t.Tokens[k].Start]) && AttributionWords.Is(t.Span(k), "modal")) return null; // not "George Will said"
        var opening = phrases.Forward(from, cue);
        var head = phrases.Backward(cue, from);
        // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": a name set off by a comma is the speaker its apposition describes.
        if (opening is { Kind: MentionKind.Name } && t.IsPunct(opening.Last + 1, ',')) return opening;
        if (head is { Kind: MentionKind.Name }) return head;
        if (opening is { Kind: MentionKind.Name }) return opening;
        return head is { Kind: MentionKind.Role } ? head : opening;
    }

    /// <summary>
    /// "said a spokeswoman for Smith, Mary Jones.", "said the ministry's spokesman, Geng Shuang,": the person a role names
    /// right after it, set off by a comma (past "for" or "of" and the capitalised words of whom the role is), ending the clause.
    /// </summary>
    SpeakerMention? NamedAfterRole(SpeakerMention role, int limit)
    {
        var k = role.Last + 1;
        if (t.IsWord(k) && t.Span(k) is "for" or "of" or "to")
        {
            k++;
            if (t.IsWord(k) && t.Span(k) is "the") k++;
            var run = k;
            while (k < limit && k < run + 6 && t.IsCapitalized(k)) k++;
            if (k == run) return null;
        }
        if (!t.IsPunct(k, ',') || phrases.Forward(k + 1, limit) is not { Kind: MentionKind.Name } name) return null;
        var end = name.Last + 1;
        return end >= limit || t.Tokens[end].Shape is QuoteTokenShape.Punct or QuoteTokenShape.Mark && t.Normalized[t.Tokens[end].Start] is '.' or ',' or ';' or '"' ? name : null;
    }

    /// <summary>"...,” said a 2008 campaign veteran.", "...,” said one owner of a shop": a determiner and the few words after it, up to a comma, "of", "who" or the sentence's end.</summary>
    SpeakerMention? LooseInverted(int from, int limit)
    {
        if (!t.IsWord(from) || !AttributionWords.Is(t.Span(from), "determiner")) return null;
        var last = from;
        var k = from + 1;
        for (; k < limit && k < from + 6; k++)
        {
            if (!(t.IsWord(k) || t.Tokens[k].Shape == QuoteTokenShape.Number) || AttributionWords.Is(t.Span(k), "post-modifier")) break;
            last = k;
        }
        // The phrase must end there: "saying the missile passed over Hokkaido and fell" runs on as a clause.
        if (k < limit && (t.IsWord(k) || t.Tokens[k].Shape == QuoteTokenShape.Number) && !AttributionWords.Is(t.Span(k), "post-modifier")) return null;
        return last == from ? null : phrases.Bare(from, last);
    }

    /// <summary>"“...” because she would expand her lead, he said.": an attribution closing the quote's sentence.</summary>
    public QuoteAttribution? EndOfSentence(int from, int limit)
    {
        for (var c = from; c < limit && c < from + 30; c++)
        {
            if (t.Tokens[c].Shape == QuoteTokenShape.Mark || IsSentenceEnd(c)) return null;
            if (!t.IsPunct(c, ',')) continue;
            var a = After(c + 1, limit);
            // "..., X, a director at Y, told the magazine.": after "told" or "asked" comes the one spoken to, never the speaker.
            if (a is { Mention: not null } && a.Cue.Kind == "verb" && (a.Mention.First < a.CueToken || a.Cue.Words[0] is not ("told" or "tells" or "tell" or "asked" or "asks" or "ask")))
            {
                // "X said." or "said X, a pollster at Y.": the attribution, with what describes its speaker, ends the sentence.
                var end = a.Mention.First < a.CueToken
                    ? Math.Max(a.CueToken + a.Cue.Words.Length, a.Mention.Last + 1)
                    : SourcePhrase.LastToken(t, lex, a.Mention, a.CueToken, a.CueToken + a.Cue.Words.Length) + 1;
                if (end >= limit || IsSentenceEnd(end) || TrailingPhraseEndsSentence(end, limit)) return a with { Where = "sentence-end" };
            }
        }
        return null;
    }

    /// <summary>"..., he said in an interview.", "..., she told reporters on Tuesday.": a short phrase opening with a preposition or a time, and nothing else, ends the sentence after the attribution.</summary>
    bool TrailingPhraseEndsSentence(int k, int limit)
    {
        if (!t.IsWord(k) || !AttributionWords.Is(t.Span(k), "trailing")) return false;
        for (var end = k + 1; end < limit && end <= k + 8; end++)
        {
            if (IsSentenceEnd(end)) return true;
            if (!(t.IsWord(end) || t.Tokens[end].Shape == QuoteTokenShape.Number) || CueAt(end, limit) is not null) return false;
        }
        return false;
    }

    /// <summary>"X said: “...”": a cue followed by a colon introduces what comes after it, never the quote before it.</summary>
    bool IntroducesNext(int cueToken, QuoteLexicon.Cue cue) => t.IsPunct(cueToken + cue.Words.Length, ':');

    /// <summary>True when tokens [from, to) are all words: modifiers before a name ("his nephew Michery el Soheil").</summary>
    bool OnlyWords(int from, int to)
    {
        for (var k = from; k < to; k++) if (!t.IsWord(k)) return false;
        return true;
    }

    bool OnlyLowerWords(int from, int to)
    {
        for (var k = from; k < to; k++) if (!t.IsWord(k) || char.IsUpper(t.Normalized[t.Tokens[k].Start]) || lex.IsStopword(t.Span(k))) return false;
        return true;
    }

    bool IsSentenceEnd(int c) =>
        c < t.Tokens.Count && (t.Tokens[c].SentenceStart || t.Tokens[c].Shape == QuoteTokenShape.Punct && t.Normalized[t.Tokens[c].Start] is '.' or '!' or '?' && !t.IsPunct(c + 1, ')'));

    /// <summary>Past "of (the) Place or Body" after a name ("Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote").</summary>
    int SkipOfPlace(int c, int limit)
    {
        if (!(t.IsWord(c) && t.Span(c) is "of")) return c;
        var k = c + 1;
        if (t.IsWord(k) && t.Span(k) is "the") k++;
        if (!t.IsCapitalized(k)) return c;
        var end = k;
        while (end < limit && end < c + 12 && (t.IsCapitalized(end) && CueAt(end, limit) is null || t.IsWord(end) && t.Span(end) is "for" or "of" or "and" && t.IsCapitalized(end + 1))) end++;
        return end;
    }

    /// <summary>Past a short bracket after a name, such as a party tag "(D-Ore.)".</summary>
    int SkipBracket(int c, int limit)
    {
        if (!t.IsPunct(c, '(')) return c;
        for (var k = c + 1; k < limit && k < c + 7; k++) if (t.IsPunct(k, ')')) return k + 1;
        return c;
    }

    /// <summary>The attribution before an opening mark, in the same sentence: "Blinken warned Russia that", "Putin said:", "according to X,".</summary>
    public QuoteAttribution? Before(int open, int floor)
    {
        floor = Math.Max(0, floor);                 // an article that opens with "...:" has no sentence before it
        QuoteAttribution? bare = null;
        for (var k = open - 1; k >= floor; k--)
        {
            if (t.Tokens[k].Shape == QuoteTokenShape.Mark) break;
            var cue = CueAt(k, open);
            if (cue is null) continue;
            if (cue.Kind == "source")
            {
                var after = phrases.Forward(k + cue.Words.Length, open) ?? phrases.PossessedNamed(k + cue.Words.Length, open);
                if (after is not null) return new QuoteAttribution(cue, k, after, "before");
                continue;
            }
            if (IsPassive(k, cue))
            {
                // "Sanders was asked by host Bill Maher, “...”": the agent asked; "Trump was asked, “...”": someone unnamed did, not Trump.
                var agent = t.IsWord(k + cue.Words.Length) && t.Span(k + cue.Words.Length) is "by" ? phrases.Forward(k + cue.Words.Length + 1, open) ?? phrases.ForwardAfterModifiers(k + cue.Words.Length + 1, open) : null;
                return new QuoteAttribution(cue, k, agent, "passive");
            }
            var before = phrases.Backward(k, floor);
            if (before is not null) return new QuoteAttribution(cue, k, before, "before");
            // "this tweet from Rikkie Wells who tweeted, “...”", "a message that said, “...”": the phrase the relative clause hangs on.
            if (t.IsPunct(open - 1, ',') && k + cue.Words.Length == open - 1 && k - 1 > floor && t.IsWord(k - 1) && t.Span(k - 1) is "who" or "that" or "which"
                && phrases.Backward(k - 1, floor) is { Kind: not MentionKind.Pronoun } head)
                return new QuoteAttribution(cue, k, head, "before");
            // "said Blinken: “...”" names the speaker after the cue; "telling the crowd, “...”" names the listener.
            var participle = cue.Words[0].EndsWith("ing", StringComparison.Ordinal);
            // "called the launch “deeply deplorable”": after a naming cue comes what is named, never who speaks.
            var inverted = participle || cue.Kind == "weak" ? null : phrases.Forward(k + cue.Words.Length, open);
            if (inverted is not null && inverted.Last + 2 >= open) return new QuoteAttribution(cue, k, inverted, "before");
            // "Said Dorothy Poynter, who grew up with her, “...”": a name set off by a comma, then what describes it, up to the comma before the mark.
            if (inverted is { Kind: MentionKind.Name } && inverted.First == k + cue.Words.Length && t.IsPunct(inverted.Last + 1, ',') && t.IsPunct(open - 1, ',') && open - inverted.Last <= 20)
                return new QuoteAttribution(cue, k, inverted, "before");
            bare ??= new QuoteAttribution(cue, k, null, "before");
        }
        return bare;
    }

    /// <summary>True when what follows a mark reads as an attribution that ends the clause ("said the US foreign minister.", "he stated").</summary>
    public bool FollowsMark(int from, int limit, bool loose)
    {
        var a = After(from, limit, longPhrases: false);
        if (a is null || a.Mention is null) return false;
        var end = Math.Max(a.CueToken + a.Cue.Words.Length, a.Mention.Last + 1);
        var extra = 0;
        while (end < limit && t.IsWord(end) && extra < (loose ? 4 : 0)) { end++; extra++; }
        if (end >= limit) return true;
        var c = t.Normalized[t.Tokens[end].Start];
        // Without an open quote the attribution must end the sentence ("“Lavrov said."): "“She said, ‘...’" opens a quote.
        return t.Tokens[end].Shape is QuoteTokenShape.Punct or QuoteTokenShape.Mark && (loose ? c is '.' or ',' or ';' or ':' or '!' or '?' or '"' : c is '.' or '!' or '?' or ';');
    }

    /// <summary>True when tokens [from, to) are only an attribution, maybe with a little more: the words between a quote and a relaying speaker.</summary>
    public bool IsAttributionOnly(int from, int to)
    {
        if (to - from > 30) return false;
        var a = After(from, to) ?? EndOfSentence(from, to);
        if (a is not { Mention: not null }) return false;
        // A second cue ("..., Trump said. He added, “...") is a new attribution, not the same one.
        for (var k = a.CueToken + a.Cue.Words.Length; k < to; k++)
            if (CueAt(k, to) is { Kind: "verb" }) return false;
        return true;
    }

    /// <summary>"was asked", "were told": the subject is spoken to, not the speaker (not "was saying", nor the cue "was quoted as saying").</summary>
    bool IsPassive(int k, QuoteLexicon.Cue cue) =>
        k > 0 && t.IsWord(k - 1) && t.Span(k - 1) is "was" or "were" or "is" or "are" or "been" or "being" or "be"
        && cue.Kind == "verb" && !cue.Words[0].EndsWith("ing", StringComparison.Ordinal) && !cue.Words[0].EndsWith('s') && cue.Words[0] is not ("was" or "is" or "were");

    int NextMark(int j, int limit)
    {
        for (var k = j; k < limit; k++) if (t.Tokens[k].Shape == QuoteTokenShape.Mark) return k;
        return limit;
    }

    bool IsAdverbial(int k)
    {
        var w = t.Span(k);
        return w is "also" or "later" or "then" or "has" or "had" or "have" or "was" or "on" or "again" or "once" or "previously" or "recently" or "further" or "earlier" or "flatly" or "simply" or "quickly"
            || char.IsUpper(w[0]) && lex.IsStop(w) && w.Length > 3;
    }
}
