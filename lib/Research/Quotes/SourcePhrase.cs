namespace Research;

/// <summary>
/// An attribution's source as written, whole: the speaker phrase with the apposition, bracket, "of" phrase or relative
/// clause that goes with it ("Myra Gutin, a first lady historian at Rider University", "Sen. Ron Johnson (R-Wis.)",
/// "Paris, who used to work on Capitol Hill"). Before the cue it runs up to the cue, less the adverbs and auxiliaries
/// that stand between a subject and its verb (Rules/cue-adverbials.txt); after the cue, to the end of the clause. This is
/// the span PolNeAR annotates as an attribution's source; the speaker phrase (<see cref="SpeakerMention"/>) stays the
/// name or role alone, which is what pronouns and roles are resolved from.
/// </summary>
internal static class SourcePhrase
{
    /// <summary>The words of Rules/cue-adverbials.txt: adverbs, auxiliaries and times between a speaker and the cue, never part of the speaker.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbials =
        new HashSet<string>(RuleFiles.Lines("cue-adverbials.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceAbbreviations =
        new HashSet<string>(RuleFiles.Lines("place-abbreviations.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.TrimEnd('.')), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens a source phrase may run past its name: longer runs are a clause of their own, not a description.</summary>
    const int Reach = 50;

    /// <summary>The source phrase of <paramref name="m"/>, attributed by the cue at tokens [<paramref name="cue"/>, <paramref name="cueEnd"/>).</summary>
    public static string Of(ArticleTokens t, QuoteLexicon lex, SpeakerMention m, int cue, int cueEnd) =>
        t.Original[t.Tokens[FirstToken(t, m, cueEnd)].Start..t.Tokens[LastToken(t, lex, m, cue, cueEnd)].End];

    /// <summary>"said the spokeswoman, Hua Chunying": a name set off by a comma after the cue is described by the words between, which the phrase keeps.</summary>
    static int FirstToken(ArticleTokens t, SpeakerMention m, int cueEnd)
    {
        if (m.First <= cueEnd + 1 || m.First - cueEnd > 12 || !t.IsPunct(m.First - 1, ',')) return m.First;
        for (var k = cueEnd; k < m.First; k++)
            if (t.Tokens[k].Shape == QuoteTokenShape.Mark || t.Tokens[k].SentenceStart) return m.First;
        return cueEnd;
    }

    /// <summary>The last token of the source phrase of <paramref name="m"/>.</summary>
    public static int LastToken(ArticleTokens t, QuoteLexicon lex, SpeakerMention m, int cue, int cueEnd) =>
        m.Last < cue ? BeforeCue(t, lex, m, cue) : m.First >= cueEnd ? AfterCue(t, lex, m) : m.Last;

    /// <summary>"X, a professor at Y, said": the phrase reaches the cue when what follows the name opens a description.</summary>
    static int BeforeCue(ArticleTokens t, QuoteLexicon lex, SpeakerMention m, int cue)
    {
        var k = m.Last + 1;
        if (k >= cue || cue - k > Reach) return m.Last;
        for (var j = k; j < cue; j++)
            if (t.Tokens[j].Shape == QuoteTokenShape.Mark || t.Tokens[j].SentenceStart) return m.Last;
        if (!OpensDescription(t, lex, m, k))
        {
            // "the New York businessman said", "the printed Cruz slate card said": a few lower-case nouns ending the subject.
            var subjectEnd = Trim(t, m.Last, cue - 1);
            return subjectEnd > m.Last && Nouns(t, lex, k, subjectEnd + 1) == subjectEnd ? subjectEnd : m.Last;
        }
        var end = Clause(t, lex, k, cue);
        return Trim(t, m.Last, end);
    }

    /// <summary>"said X, a professor at Y.": the phrase runs to the end of the clause when what follows the name opens a description.</summary>
    static int AfterCue(ArticleTokens t, QuoteLexicon lex, SpeakerMention m)
    {
        var limit = t.Paragraphs[t.Tokens[m.Last].Paragraph].End;
        var last = m.Last;
        // "according to the Trump campaign", "said the New York businessman": the nouns the name qualifies end the phrase.
        if (Nouns(t, lex, last + 1, limit) is var nouns && nouns > last && (nouns + 1 >= limit || t.Tokens[nouns + 1].Shape is QuoteTokenShape.Punct or QuoteTokenShape.Mark)) last = nouns;
        var k = last + 1;
        if (k >= limit || !OpensDescription(t, lex, m, k)) return last;
        var end = Clause(t, lex, k, Math.Min(limit, k + Reach));
        return Trim(t, last, end);
    }

    /// <summary>The last of one to three lower-case nouns from <paramref name="k"/> (no verb forms, function words or cues), or k - 1.</summary>
    static int Nouns(ArticleTokens t, QuoteLexicon lex, int k, int limit)
    {
        var j = k;
        for (; j < limit && j < k + 3 && t.IsWord(j); j++)
        {
            var w = t.Span(j);
            if (char.IsUpper(w[0]) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal)
                || lex.IsStopword(w) || Adverbials.Contains(w) || lex.CuesStartingWith(w) is not null) break;
        }
        return j == limit || j < k + 3 || !t.IsWord(j) ? j - 1 : k - 1;
    }

    /// <summary>
    /// A comma, a bracket or "of"/"who"/"whose" right after a name: what follows describes the speaker; after an unnamed
    /// role also "for", "to", "with", "familiar with" ("a spokesman for X", "one adviser close to X"). Not a relative
    /// clause that is an attribution of its own ("X, who said ...").
    /// </summary>
    static bool OpensDescription(ArticleTokens t, QuoteLexicon lex, SpeakerMention m, int k)
    {
        if (t.IsPunct(k, ',')) return !StartsAside(t, k + 1) && !RelativeCue(t, lex, k + 1);
        if (t.IsPunct(k, '(')) return true;
        if (!t.IsWord(k)) return false;
        var w = t.Span(k);
        if (w is "who" or "whose") return !RelativeCue(t, lex, k);
        return w is "of" || m.Kind == MentionKind.Role && w is "for" or "to" or "with" or "at" or "from" or "familiar" or "close" or "involved" or "inside" or "within";
    }

    /// <summary>"who said", "who added": a relative clause that reports speech is an attribution of its own, not a description.</summary>
    static bool RelativeCue(ArticleTokens t, QuoteLexicon lex, int k)
    {
        if (!(t.IsWord(k) && t.Span(k) is "who")) return false;
        var v = k + 1;
        while (t.IsWord(v) && v < k + 3 && Adverbials.Contains(t.Span(v))) v++;
        return t.IsWord(v) && lex.CuesStartingWith(t.Span(v)) is { } cues && cues.Any(c => c.Kind == "verb");
    }

    /// <summary>After a comma, a participle ("speaking", "adding"), a conjunction or a cue's own words begin a new part of the sentence.</summary>
    static bool StartsAside(ArticleTokens t, int k)
    {
        if (k < t.Tokens.Count && t.Tokens[k].Shape == QuoteTokenShape.Number) return false; // "Stacey Edwards, 31, of ...": an age
        if (!t.IsWord(k)) return true;
        var w = t.Span(k);
        if (char.IsUpper(w[0])) return false;
        // "Clinton, exasperated", "Correll, angered that ...": a participle; "..., which represents 325,000 businesses": the body, not the speaker.
        return (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && w.Length > 4
            || w is "and" or "but" or "or" or "as" or "in" or "on" or "at" or "when" or "while" or "after" or "before" or "because" or "though" or "although" or "if" or "so"
                or "that" or "which" or "about" or "via" or "with" or "by" or "during" or "told" or "said" or "according";
    }

    /// <summary>The last token of the description that starts at <paramref name="k"/>, before <paramref name="limit"/>.</summary>
    static int Clause(ArticleTokens t, QuoteLexicon lex, int k, int limit)
    {
        var end = k - 1;
        var depth = 0;
        var appositions = 0;
        for (var j = k; j < limit; j++)
        {
            var token = t.Tokens[j];
            if (j > k && token.SentenceStart || token.Shape == QuoteTokenShape.Mark) break;
            if (token.Shape == QuoteTokenShape.Punct)
            {
                var c = t.Normalized[token.Start];
                if (c == '(') depth++;
                else if (c == ')')
                {
                    // "Sen. Richard Blumenthal (D-Conn.) in an interview": after a party tag only a comma goes on.
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0 && t.IsWord(j + 1)) { end = j; break; }
                }
                else if (depth == 0 && c is ':' or ';' or '!' or '?' or '-' or '\u2014') break; // a lone hyphen token is a dash
                else if (depth == 0 && c == ',' && t.IsWord(j + 1) && t.Span(j + 1) is "a" or "an" or "the" && ++appositions > 1) break; // "X, a labor economist at Y, a liberal think tank": Y's own apposition
                else if (depth == 0 && c == '.')
                {
                    // "MoveOn.org", "Ft. Worth": a period that ends no sentence is part of the phrase.
                    if (j + 1 < limit && !t.Tokens[j + 1].SentenceStart && t.Tokens[j + 1].Shape is QuoteTokenShape.Word or QuoteTokenShape.Number) { end = j; continue; }
                    // "of Tujunga, Calif.": the period of a place abbreviation is part of it, and may end the sentence too.
                    if (j > k && t.IsWord(j - 1) && token.Start == t.Tokens[j - 1].End && PlaceAbbreviations.Contains(t.Span(j - 1))) end = j;
                    break;
                }
                else if (depth == 0 && c == ',' && j > k && t.Tokens[j - 1].Shape == QuoteTokenShape.Number && j + 1 < limit && t.Tokens[j + 1].Shape == QuoteTokenShape.Number && t.Tokens[j + 1].Start == token.End) { } // "$2,400"
                else if (depth == 0 && c == ',' && (StartsAside(t, j + 1) || RelativeCue(t, lex, j + 1))) break;
            }
            end = j;
        }
        return end;
    }

    /// <summary>Drops trailing commas, adverbs and auxiliaries ("also", "has", "on Tuesday") back to no earlier than the name's end.</summary>
    static int Trim(ArticleTokens t, int nameEnd, int end)
    {
        while (end > nameEnd)
        {
            if (t.Tokens[end].Shape == QuoteTokenShape.Punct && t.Normalized[t.Tokens[end].Start] is ',' or '-') { end--; continue; }
            if (!t.IsWord(end)) break;
            var w = t.Span(end);
            if (Adverbials.Contains(w)) { end--; continue; }
            // "X also publicly said": an adverb in -ly, but not "the rally", "his family".
            if (w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && !(t.IsWord(end - 1) && t.Span(end - 1) is "the" or "a" or "an" or "his" or "her" or "their" or "its")) { end--; continue; }
            break;
        }
        return end;
    }
}
