namespace Research;

/// <summary>How a speaker is referred to where a quote is attributed.</summary>
public enum MentionKind { Name, Pronoun, Role }

/// <summary>A phrase naming a speaker, as written, with what it tells: the name, the role words and the nationality.</summary>
/// <param name="Name">The person's name without titles or brackets ("Vladimir Putin"), for a <see cref="MentionKind.Name"/>.</param>
/// <param name="Role">The role words, lower case ("foreign minister", "official"), when the phrase gives any.</param>
/// <param name="Nationality">The country a nationality word in the phrase points to ("united states").</param>
internal sealed record SpeakerMention(int First, int Last, MentionKind Kind, string Text, string? Name, string? Role, string? Nationality, string[] Concepts)
{
    public string Surname => Name is null ? "" : Name[(Name.LastIndexOf(' ') + 1)..];
}

/// <summary>Reads a speaker phrase forward from a token or backward from just before one.</summary>
internal sealed class SpeakerPhraseReader(ArticleTokens t, QuoteLexicon lex)
{
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners =
        new HashSet<string>(["the", "a", "an", "his", "her", "their", "its", "one", "another", "this", "these", "those", "some", "many", "several", "other"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        new HashSet<string>(["de", "van", "von", "bin", "al", "la", "le", "da", "di", "del", "der", "du", "ibn"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbials =
        new HashSet<string>(["also", "later", "then", "has", "had", "have", "was", "is", "previously", "recently", "again", "once", "repeatedly", "on", "last", "this", "earlier", "further", "had", "would", "will", "today", "yesterday", "once", "simply", "flatly", "quickly", "publicly", "privately", "separately", "reportedly", "had", "just", "in", "a", "statement", "interview", "has", "since", "often", "often", "frequently", "morning", "night", "week", "evening", "afternoon"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A speaker phrase that starts at token <paramref name="i"/> (no further than <paramref name="limit"/>).</summary>
    public SpeakerMention? Forward(int i, int limit)
    {
        if (i >= limit || !t.IsWord(i)) return null;
        var w = t.Span(i);
        if (lex.IsPronoun(w)) return Pronoun(i);
        var j = i;
        if (Determiners.Contains(w))
        {
            // "one of those advisers", "one of two witnesses": someone of a group, an unnamed role.
            if (w is "one" && t.IsWord(i + 1) && t.Span(i + 1) is "of" && t.IsWord(i + 2) && !t.IsCapitalized(i + 2)
                && (Determiners.Contains(t.Span(i + 2)) ? CommonNoun(i + 2, limit) : t.IsWord(i + 3) || t.Tokens[i + 2].Shape == QuoteTokenShape.Number ? CommonNoun(i + 1, limit) : null) is { } group)
                return Bare(i, group.Last);
            // "read one.", "tweeted another.": the one word stands for someone the sentence before spoke of.
            if (w is "one" or "another" && i + 1 < limit && t.IsPunct(i + 1, '.') && i > 0 && t.IsWord(i - 1) && lex.CuesStartingWith(t.Span(i - 1)) is not null) return Bare(i, i);
            // "the US foreign minister", "a senior State Department official", "The New York Times"
            var k = i + 1;
            while (k < limit && k < i + 8 && t.IsWord(k) && !lex.IsStop(t.Span(k)) && lex.CuesStartingWith(t.Span(k)) is null)
            {
                if (lex.IsRole(t.Span(k)) && !(t.IsWord(k + 1) && lex.IsRole(t.Span(k + 1)))) return Build(i, k);
                k++;
            }
            // "said a furious Sebastian Vettel": a word or two before a full name that ends the phrase describe the person named.
            if (w.Equals("a", StringComparison.OrdinalIgnoreCase) && DescribedByAdjectives(i + 1, limit) is { } person) return person;
            if (!t.IsCapitalized(i + 1)) return CommonNoun(i, limit);
            j = i + 1;
        }
        if (!t.IsCapitalized(j) || lex.IsStop(t.Span(j))) return null;
        var last = -1;
        var n = j;
        while (n < limit && n < j + 10)
        {
            if (t.IsCapitalized(n) && t.Span(n).EndsWith("'s", StringComparison.Ordinal)) break; // "Trump's Washington" is not a name
            if (t.IsCapitalized(n) && !lex.IsStop(t.Span(n)) && lex.CuesStartingWith(t.Span(n)) is null) { last = n; n++; continue; }
            if (t.IsPunct(n, '(') && IsBracketedName(n + 1) && t.IsPunct(n + 2, ')')) { last = n + 2; n += 3; continue; }
            if (t.IsWord(n) && (lex.IsTitleLike(t.Span(n)) || Particles.Contains(t.Span(n))) && t.IsCapitalized(n + 1)) { n++; continue; }
            // "Air Force 1st Lt. Tyler Livingston": a rank's ordinal before its title.
            if (IsOrdinal(n) && t.IsWord(n + 1) && lex.IsTitleLike(t.Span(n + 1)) && t.IsCapitalized(n + 2)) { n += 2; continue; }
            if (t.IsWord(n) && !char.IsUpper(t.Normalized[t.Tokens[n].Start]) && DescribedName(n, limit) is { } nameAt) { n = nameAt; continue; }
            if (t.IsWord(n) && lex.IsRole(t.Span(n)) && !char.IsUpper(t.Normalized[t.Tokens[n].Start])) { last = n; n++; break; }
            break;
        }
        if (last >= 0 && j == i + 1 && w.ToString().ToLowerInvariant() is "a" or "an" or "one" or "another") return Someone(i, last, limit);
        // "said the New York businessman, who ...", "the Trump campaign said": the names describe the noun after them.
        if (last >= 0 && j == i + 1 && t.IsWord(last) && t.IsWord(last + 1) && last + 1 < limit && IsPlainNoun(last + 1)
            && (last + 2 >= limit || !t.IsWord(last + 2) || lex.CuesStartingWith(t.Span(last + 2)) is not null || t.Span(last + 2) is "who")) return Bare(i, last + 1);
        return last < 0 ? null : Build(i, last);
    }

    /// <summary>The full name after one or two lower-case words that are no role, when the name ends the phrase ("furious Sebastian Vettel,").</summary>
    SpeakerMention? DescribedByAdjectives(int k, int limit)
    {
        var m = k;
        while (m < k + 2 && t.IsWord(m) && char.IsLower(t.Normalized[t.Tokens[m].Start]) && !lex.IsRole(t.Span(m)) && !lex.IsStopword(t.Span(m)) && lex.CuesStartingWith(t.Span(m)) is null) m++;
        if (m == k || !t.IsCapitalized(m) || Forward(m, limit) is not { Kind: MentionKind.Name } name || name.First != m || !name.Name!.Contains(' ')) return null;
        var end = name.Last + 1;
        return end >= limit || t.Tokens[end].Shape is QuoteTokenShape.Punct or QuoteTokenShape.Mark || t.IsWord(end) && t.Span(end) is "who" ? name : null;
    }

    /// <summary>
    /// "one Trump confidant", "a Sanders supporter", "one Democrat familiar with ...": "a"/"one" before a name introduces
    /// someone described by it, not the person named: an unnamed role, with the lower-case noun after the name if any.
    /// </summary>
    SpeakerMention Someone(int det, int last, int limit)
    {
        var end = last;
        while (end + 1 < limit && end < last + 3 && t.IsWord(end + 1) && !char.IsUpper(t.Normalized[t.Tokens[end + 1].Start]) && lex.CuesStartingWith(t.Span(end + 1)) is null
               && !lex.IsStopword(t.Span(end + 1)) && !t.Span(end + 1).EndsWith("ed", StringComparison.Ordinal) && !t.Span(end + 1).EndsWith("ing", StringComparison.Ordinal) && !IsLyAdverb(end + 1)
               && !Adverbials.Contains(t.Span(end + 1)) && !(t.IsWord(end + 2) && t.Span(end + 2) is "with")) end++; // not "familiar with"
        var built = Build(det, end);
        return built with { Kind = MentionKind.Role, Name = null, Role = built.Role ?? t.Span(end).ToString().ToLowerInvariant() };
    }

    /// <summary>
    /// "Republican presidential candidate Donald Trump", "Clinton's top foreign policy aide Jake Sullivan": lower-case
    /// words that hold a role word and lead on to a name; the token where the name starts, or null.
    /// </summary>
    int? DescribedName(int n, int limit)
    {
        var role = false;
        for (var k = n; k < limit && k < n + 5; k++)
        {
            if (!t.IsWord(k)) return null;
            var w = t.Span(k);
            if (char.IsUpper(w[0]))
                return !lex.IsStop(w) && (role || k > n && k <= n + 2 && t.IsCapitalized(k + 1) && !lex.IsStop(t.Span(k + 1)) && !lex.IsTitleLike(w) && !lex.IsTitleLike(t.Span(k + 1))) ? k : null;
            if (lex.IsStopword(w) || lex.CuesStartingWith(w) is not null) return null;
            role |= lex.IsRole(w) || lex.KindOf(w) is "title" or "role-part";
        }
        return null;
    }

    /// <summary>Words that open what describes a person after the noun: "a person close to", "a source familiar with", "one aide who".</summary>
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostModifiers =
        new HashSet<string>(["close", "familiar", "involved", "who", "with", "briefed"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"the editorial", "his wife", "the designer", "a person close to X": a determiner and a few lower-case words ending the phrase.</summary>
    SpeakerMention? CommonNoun(int det, int limit)
    {
        var k = det + 1;
        while (k < limit && k < det + 4 && (t.IsWord(k) || t.Tokens[k].Shape == QuoteTokenShape.Number) && !char.IsUpper(t.Normalized[t.Tokens[k].Start]) && lex.CuesStartingWith(t.Span(k)) is null && !lex.IsStopword(t.Span(k)) && !PostModifiers.Contains(t.Span(k))
               && !(k > det + 1 && (IsLyAdverb(k) || SourcePhrase.Adverbials.Contains(t.Span(k))))) k++; // "the editorial board recently wrote"
        if (k == det + 1) return null;
        if (k < limit && t.IsWord(k) && lex.CuesStartingWith(t.Span(k)) is null)
        {
            // Only a noun ends before "close to", "familiar with": not "adding those parties directly involved in ...".
            if (!PostModifiers.Contains(t.Span(k)) || t.Span(det).ToString().ToLowerInvariant() is not ("a" or "an" or "one" or "another" or "the" or "of")) return null;
            for (var n = det + 1; n < k; n++) if (IsLyAdverb(n)) return null;
        }
        return Build(det, k - 1) with { Kind = MentionKind.Role, Name = null, Role = t.Span(k - 1).ToString().ToLowerInvariant() };
    }

    /// <summary>"Ryan's campaign", "Clinton's right-hand woman": a capitalised possessive and the lower-case words it owns, a role (never the possessor).</summary>
    public SpeakerMention? Possessed(int k, int limit)
    {
        if (!IsPossessiveName(k)) return null;
        var end = k + 1;
        // Up to the verb: without parts of speech, a past tense (-ed) or an adverb (-ly) ends the phrase.
        while (end < limit && end < k + 4 && t.IsWord(end) && !char.IsUpper(t.Normalized[t.Tokens[end].Start]) && lex.CuesStartingWith(t.Span(end)) is null && !lex.IsStopword(t.Span(end))
               && !t.Span(end).EndsWith("ed", StringComparison.Ordinal) && !IsLyAdverb(end)) end++;
        return end == k + 1 ? null : Bare(k, end - 1);
    }

    /// <summary>"said Rubio's deputy campaign manager, Rich Beeson": the person named after a possessive's role; else the role ("Ryan's campaign"), never the possessor.</summary>
    public SpeakerMention? PossessedNamed(int k, int limit)
    {
        // "said Florida's Rick Wilson": a place's or a body's person, named.
        if (IsPossessiveName(k) && Forward(k + 1, limit) is { Kind: MentionKind.Name } named && named.First == k + 1) return named;
        // "said Clinton's top foreign policy aide Jake Sullivan": the role words lead on to the person named.
        if (IsPossessiveName(k) && t.IsWord(k + 1) && !char.IsUpper(t.Normalized[t.Tokens[k + 1].Start]) && DescribedName(k + 1, limit) is { } at
            && Forward(at, limit) is { Kind: MentionKind.Name } described && described.First == at) return Build(k, described.Last);
        if (Possessed(k, limit) is not { } role) return null;
        return t.IsPunct(role.Last + 1, ',') && Forward(role.Last + 2, limit) is { Kind: MentionKind.Name } name && name.First == role.Last + 2 ? Build(k, name.Last) : role;
    }

    /// <summary>"An intelligence source speaking to ...", "A former aide who ...": a determiner and the lower-case words after it, up to a verb, as an unnamed role.</summary>
    public SpeakerMention? Described(int k, int limit)
    {
        if (!t.IsWord(k) || !Determiners.Contains(t.Span(k)) || t.Span(k).ToString().ToLowerInvariant() is "this" or "these" or "those" or "its" or "their") return null;
        var end = k + 1;
        while (end < limit && end < k + 5 && t.IsWord(end) && !char.IsUpper(t.Normalized[t.Tokens[end].Start]) && lex.CuesStartingWith(t.Span(end)) is null && !lex.IsStopword(t.Span(end))
               && !t.Span(end).EndsWith("ed", StringComparison.Ordinal) && !t.Span(end).EndsWith("ing", StringComparison.Ordinal) && !IsLyAdverb(end)) end++;
        if (end == k + 1) return null;
        // "a rep for Weinstein said", "a lawyer for the family said": someone speaking on another's behalf is the speaker, not the one they speak for.
        if (end < limit && t.IsWord(end) && t.Span(end) is "for" && (t.IsCapitalized(end + 1) || t.IsWord(end + 1) && t.Span(end + 1) is "the" && t.IsWord(end + 2)))
        {
            var n = end + 1;
            if (t.Span(n) is "the") n++;
            var last = n;
            while (last + 1 < limit && last < n + 4 && t.IsWord(last + 1) && (t.IsCapitalized(last + 1) || t.IsCapitalized(n) is false && !lex.IsStopword(t.Span(last + 1)) && lex.CuesStartingWith(t.Span(last + 1)) is null)) last++;
            // ... then the cue, or the sentence's verb ("a spokeswoman for China's Foreign Ministry flatly dismissed the claim, saying").
            return last + 1 == limit || t.IsWord(last + 1) && !char.IsUpper(t.Normalized[t.Tokens[last + 1].Start]) && !lex.IsStopword(t.Span(last + 1))
                ? Bare(k, last) with { Role = t.Span(end - 1).ToString().ToLowerInvariant() } : null;
        }
        // Only before a participle or a relative clause ("... speaking to", "... who") or the cue itself: "The ad uses footage of" is not a source.
        return !t.IsWord(end) && end != limit || end < limit && !(t.Span(end).EndsWith("ing", StringComparison.Ordinal) || t.Span(end) is "who") ? null : Bare(k, end - 1);
    }

    /// <summary>A phrase of plain words taken as an unnamed role ("federal prosecutors").</summary>
    public SpeakerMention Bare(int first, int last) =>
        Build(first, last) with { Kind = MentionKind.Role, Name = null, Role = t.Span(last).ToString().ToLowerInvariant() };

    /// <summary>"said former Vermont governor Howard Dean", "said undecided Republican voter X": a name after a few lower-case modifiers.</summary>
    public SpeakerMention? ForwardAfterModifiers(int i, int limit)
    {
        var titled = false;
        for (var k = i; k < limit && k < i + 6; k++)
        {
            if (!t.IsWord(k) || lex.CuesStartingWith(t.Span(k)) is not null) return null;
            // "said former secretary of state Hillary Clinton": past four words, only a title leads on to the name
            // ("saying the missile passed over Hokkaido" does not).
            if (k >= i + 4 && !titled) return null;
            titled |= lex.IsTitleLike(t.Span(k)) && t.Span(k) is not ("of" or "the" or "a" or "an");
            if (t.IsCapitalized(k)) return Forward(k, limit) is { Kind: MentionKind.Name } m
                ? t.Span(i).ToString().ToLowerInvariant() is "a" or "an" or "one" or "another" ? Someone(i, m.Last, limit) : Build(i, m.Last) : null;
        }
        return null;
    }

    /// <summary>A speaker phrase that ends just before token <paramref name="end"/>, not reaching before <paramref name="floor"/>.</summary>
    public SpeakerMention? Backward(int end, int floor)
    {
        var j = end - 1;
        var skipped = 0;
        while (j >= floor && skipped < 4 && (t.IsWord(j) && (Adverbials.Contains(t.Span(j)) || IsLyAdverb(j)) && !lex.IsPronoun(t.Span(j))
               || t.IsWord(j) && lex.IsStop(t.Span(j)) && char.IsUpper(t.Normalized[t.Tokens[j].Start]) && IsDayOrMonth(j)
               || t.Tokens[j].Shape == QuoteTokenShape.Number))
        { j--; skipped++; }
        if (j < floor) return null;
        if (t.IsPunct(j, ')'))
        {
            // "Harry M. Reid (D-Nev.) said": a party tag in brackets after the name.
            var k = j - 1;
            while (k >= floor && k > j - 7 && !t.IsPunct(k, '(')) k--;
            if (k >= floor && t.IsPunct(k, '(') && !(k == j - 2 && IsBracketedName(j - 1))) j = k - 1;
            if (j < floor) return null;
        }
        if (t.IsPunct(j, ','))
        {
            // "Karen Donfried, the top U.S. diplomat for European Affairs, told": the name before the apposition.
            for (var p = j - 1; p >= floor && p > j - 26; p--)
            {
                if (t.Tokens[p].Shape == QuoteTokenShape.Mark) break;
                if (!t.IsPunct(p, ',')) continue;
                var name = Backward(p, floor);
                var apposition = Forward(p + 1, j);
                if (name is { Kind: MentionKind.Name } && IsPreposition(name.First - 1)) return null; // "Martin Bamford, 30, from Croydon, said": a place
                // "after winning Ohio, Gov. John Kasich (R-OH), said": a titled name running up to the cue is the speaker, not what precedes it.
                if (apposition is { Kind: MentionKind.Name } titled && t.IsWord(p + 1) && lex.IsTitleLike(t.Span(p + 1)) && t.Span(p + 1) is not ("of" or "the" or "a" or "an")
                    && (titled.Last == j - 1 || t.IsPunct(titled.Last + 1, '(') && t.IsPunct(j - 1, ')'))) return titled;
                // "a spokesman for the Foreign Ministry, Geng Shuang, said": a person named after a body is the one who speaks.
                if (name is { Kind: MentionKind.Name } && SpeakerKinds.IsBodyWord(name.Surname)
                    && apposition is { Kind: MentionKind.Name } person && person.Last == j - 1 && !SpeakerKinds.IsBodyWord(person.Surname)) return person;
                if (name is { Kind: MentionKind.Name } && apposition is not { Kind: MentionKind.Role }) return name;
                if (name is { Kind: MentionKind.Name } && apposition is { Kind: MentionKind.Role })
                    return name with { Role = apposition.Role, Concepts = name.Concepts.Concat(apposition.Concepts).Distinct().ToArray(), Nationality = name.Nationality ?? apposition.Nationality };
                // "chief of staff, Joe Kasper, told": the name is the apposition.
                if (apposition is { Kind: MentionKind.Name } && apposition.Last == j - 1) return apposition;
                break;
            }
            return null;
        }
        if (!t.IsWord(j)) return t.IsPunct(j, ')') ? BackwardName(j, floor) : null;
        var w = t.Span(j);
        if (lex.IsPronoun(w)) return Pronoun(j);
        if (!char.IsUpper(w[0]) && !lex.IsRole(w) && !lex.IsStopword(w))
        {
            // "the editorial said", "his wife whispered"
            for (var k = j - 1; k >= floor && k > j - 4; k--)
            {
                if (!t.IsWord(k) || lex.IsStop(t.Span(k)) && !Determiners.Contains(t.Span(k))) break; // "one P&G Amiens employee" 
                if (Determiners.Contains(t.Span(k)) || IsPossessiveName(k)) return Build(k, j) with { Kind = MentionKind.Role, Name = null, Role = w.ToString().ToLowerInvariant() };
                if (lex.IsStopword(t.Span(k))) break;
            }
            return null;
        }
        if (lex.IsRole(w) && !char.IsUpper(w[0]))
        {
            for (var k = j - 1; k >= floor && k > j - 8; k--)
            {
                if (!t.IsWord(k)) break;
                if (Determiners.Contains(t.Span(k))) return Build(k, j);
            }
            return BackwardName(j, floor);
        }
        return BackwardName(j, floor);
    }

    SpeakerMention? BackwardName(int j, int floor)
    {
        var first = -1;
        var k = j;
        while (k >= floor && k > j - 10)
        {
            if (t.IsCapitalized(k) && !lex.IsStop(t.Span(k)) && lex.CuesStartingWith(t.Span(k)) is null) { first = k; k--; continue; }
            if (t.IsPunct(k, ')') && IsBracketedName(k - 1) && t.IsPunct(k - 2, '(')) { first = k - 2; k -= 3; continue; }
            if (k < j && t.IsWord(k) && (lex.IsTitleLike(t.Span(k)) || Particles.Contains(t.Span(k))) && t.IsCapitalized(k - 1)) { k--; continue; }
            if (k == j && t.IsWord(k) && lex.IsRole(t.Span(k))) { first = k; k--; continue; }
            break;
        }
        if (first < 0) return null;
        if (IsPossessiveName(j)) return null;
        // "one senior Democrat said", "a Trump supporter wrote": an indefinite before the name introduces someone it describes.
        for (var d = first - 1; d >= floor && d >= first - 4 && t.IsWord(d); d--)
        {
            if (t.Span(d).ToString().ToLowerInvariant() is "a" or "an" or "one" or "another")
            {
                var built = Build(d, j);
                return built with { Kind = MentionKind.Role, Name = null, Role = built.Role ?? t.Span(j).ToString().ToLowerInvariant() };
            }
            if (char.IsUpper(t.Normalized[t.Tokens[d].Start]) || lex.IsStopword(t.Span(d))) break;
        } // "Trump's comments": a possessive names whose words, not who speaks
        if (k >= floor && t.IsWord(k) && Determiners.Contains(t.Span(k)) && !char.IsUpper(t.Normalized[t.Tokens[k].Start])) first = k;
        // "speaking to Fox News said", "on Facebook writing": the name is an object, not the speaker.
        if (first == k + 1 && k >= floor && (IsPreposition(k) || t.IsWord(k) && t.Span(k) is "to" or "with" or "by" or "for" or "on")) return null;
        return Build(first, j);
    }

    /// <summary>"President (Vladimir) Putin": a first name in brackets, not a party tag like (I-VT) or (R).</summary>
    bool IsBracketedName(int k)
    {
        if (!t.IsCapitalized(k)) return false;
        var w = t.Span(k);
        if (w.Length < 3) return false;
        foreach (var c in w[1..]) if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>"Ryan's office", "Trump's campaign": a capitalised possessive works as a determiner.</summary>
    bool IsPossessiveName(int k) => t.IsCapitalized(k) && (t.Span(k).EndsWith("'s", StringComparison.Ordinal) || t.Span(k).EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>"1st", "2nd", "3rd", "4th".</summary>
    bool IsOrdinal(int k) => k < t.Tokens.Count && t.Span(k) is { Length: >= 3 } w && char.IsAsciiDigit(w[0]) && w[^2..].ToString() is "st" or "nd" or "rd" or "th";

    /// <summary>A lower-case word that can end a noun phrase: not a stop word, a cue, an adverb or a verb form (-ed, -ing).</summary>
    bool IsPlainNoun(int k) => t.Span(k) is { Length: > 2 } w && char.IsLower(w[0]) && !lex.IsStopword(w) && lex.CuesStartingWith(w) is null && !IsLyAdverb(k) && !SourcePhrase.Adverbials.Contains(w)
        && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"the comedian humorously clarified": a lower-case -ly word between speaker and cue.</summary>
    bool IsLyAdverb(int j) => t.Span(j) is { Length: > 4 } w && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal) && !lex.IsRole(w);

    bool IsCourtesyTitle(int k) => t.IsWord(k) && t.Span(k).TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr";

    bool IsPreposition(int k) => t.IsWord(k) && t.Span(k) is "from" or "in" or "of" or "at" or "near" or "outside";

    bool IsDayOrMonth(int j) => t.Span(j).Length > 2 && lex.IsStop(t.Span(j)) && !Determiners.Contains(t.Span(j));

    SpeakerMention Pronoun(int i) =>
        new(i, i, MentionKind.Pronoun, t.Original[t.Tokens[i].Start..t.Tokens[i].End], null, null, null, lex.ConceptsOf(t.Span(i)));

    /// <summary>Splits the phrase's words into title, role, nationality and name words.</summary>
    SpeakerMention Build(int first, int last)
    {
        var nameParts = new List<string>();
        var roleParts = new List<string>();
        var concepts = new List<string>();
        string? nationality = null;
        var placeCut = false;
        for (var k = first; k <= last; k++)
        {
            if (!t.IsWord(k)) continue;
            var w = t.Span(k);
            if (Determiners.Contains(w) && k == first) continue;
            // "Sen. Tammy Baldwin of Wisconsin", "Jeffrey Lewis of the Middlebury Institute": a person's name, then where they are from.
            if (w is "of" && nameParts.Count >= 2 && t.IsCapitalized(k - 1) && !lex.IsTitleLike(t.Span(k - 1)) && !SpeakerKinds.OrganisationWords.Contains(nameParts[^1])) { placeCut = true; break; }
            var phrase = MatchRolePhrase(k, last);
            if (phrase is { } p)
            {
                roleParts.Add(string.Join(' ', p.Words)); concepts.AddRange(p.Concepts); k += p.Words.Length - 1;
                if (k < last) nameParts.Clear(); // "Japanese Prime Minister Shinzo Abe": the name is the run after the role
                continue;
            }
            var kind = lex.KindOf(w);
            if (kind == "nationality") { nationality ??= lex.ConceptsOf(w).FirstOrDefault(); if (nameParts.Count == 0) continue; }
            // "Charlie King", "Mr. King", "Tom Judge": a capitalised role word ending a name, or after Mr./Ms./Dr., is a surname.
            if (kind == "role" && k == last && k > first && char.IsUpper(w[0]) && w[^1] != '.' && (nameParts.Count > 0 && t.IsCapitalized(k - 1) && lex.KindOf(t.Span(k - 1)) is null || IsCourtesyTitle(k - 1)))
            {
                nameParts.Add(t.Original[t.Tokens[k].Start..t.Tokens[k].End]);
                continue;
            }
            if (kind == "role") { roleParts.Add(w.ToString().ToLowerInvariant()); concepts.AddRange(lex.ConceptsOf(w)); if (nameParts.Count == 0 || k == last) continue; }
            if (kind is "title" or "role-part" && nameParts.Count == 0) continue;
            // "Republican National Committee spokesman Sean Spicer", "Arizona Gov. Jan Brewer": the name is the run after the last title word.
            if (kind is "title" or "role-part" or "role" or "nationality" && k < last) { nameParts.Clear(); continue; }
            // "Gallup's Jeffrey M. Jones", "UN Nikki Haley": an outlet's possessive or an acronym before a person's name is where
            // the person works, not part of the name (a body's name, "BBC Radio Scotland", "Macy's Herald Square", keeps it).
            if (char.IsUpper(w[0]) && k < last && (IsPossessive(w) && NameRunsOnAfter(k, last, givenName: false) || IsAcronym(w) && NameRunsOnAfter(k, last, givenName: true))) { nameParts.Clear(); continue; }
            if (char.IsUpper(w[0]) && !lex.IsTitleLike(w)) nameParts.Add(t.Original[t.Tokens[k].Start..t.Tokens[k].End]);
            else if (nameParts.Count > 0 && Particles.Contains(w)) nameParts.Add(w.ToString());
            else if (nameParts.Count > 0 && !char.IsUpper(w[0]) && k < last) nameParts.Clear(); // "Montclair State University political scientist Brigid Harrison"
        }
        var text = t.Original[t.Tokens[first].Start..t.Tokens[last].End];
        var endsInName = t.IsCapitalized(last) && !lex.IsTitleLike(t.Span(last)) || t.IsPunct(last, ')');
        var kindOf = nameParts.Count > 0 && endsInName ? MentionKind.Name : roleParts.Count > 0 ? MentionKind.Role : nameParts.Count > 0 ? MentionKind.Name : MentionKind.Role;
        if (kindOf == MentionKind.Role && roleParts.Count == 0) kindOf = MentionKind.Name;
        var name = kindOf == MentionKind.Name ? string.Join(' ', nameParts) : null;
        if (kindOf == MentionKind.Name && string.IsNullOrEmpty(name)) name = text;
        // "the Russian Foreign Ministry", "the US State Department": a body's name is its whole capitalised run, the title and
        // nationality words in it included (else every foreign ministry is one "Ministry").
        if (kindOf == MentionKind.Name && t.IsCapitalized(last) && t.Original[t.Tokens[last].Start..t.Tokens[last].End] is var body
            && SpeakerKinds.IsBodyWord(body) && !placeCut)
        {
            var k = last;
            while (k > first && t.IsWord(k - 1) && t.IsCapitalized(k - 1) && !Determiners.Contains(t.Span(k - 1))) k--;
            name = t.Original[t.Tokens[k].Start..t.Tokens[last].End];
        }
        return new SpeakerMention(first, last, kindOf, text, name, roleParts.Count > 0 ? string.Join(' ', roleParts) : null, nationality, concepts.Distinct().ToArray());
    }

    static bool IsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>"UN", "NBC", "MK": two or more capital letters and nothing else (not "J.P.", not a numeral such as "III").</summary>
    static bool IsAcronym(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyExceptInRange('A', 'Z') && w.ContainsAnyExcept("IVXLCDM");

    /// <summary>True when the words after <paramref name="k"/> up to <paramref name="last"/> are a person's name: two to four
    /// capitalised words in ordinary case (initials allowed), none a body's word ("Herald Square", "Hospital Boston"), the first
    /// a given name (`Rules/gender-words.tsv`) when <paramref name="givenName"/> is set: after an acronym, "Technology Review"
    /// and "Morgan Chase" would pass otherwise; after a possessive, "Elon Musk" of "SpaceX's Elon Musk" passes.</summary>
    bool NameRunsOnAfter(int k, int last, bool givenName)
    {
        var words = 0;
        for (var j = k + 1; j <= last; j++)
        {
            if (!t.IsWord(j)) continue;
            var w = t.Span(j);
            var initial = w.Length == 1 || w.Length == 2 && w[1] == '.'; // "M." of "Jeffrey M. Jones"
            if (!t.IsCapitalized(j) || !(SpeakerNames.HasLower(w) || initial) || lex.IsTitleLike(w) || SpeakerKinds.IsBodyWord(w.ToString())) return false;
            if (words++ == 0 && (initial || givenName && lex.GenderOf(w) == '\0')) return false;
        }
        return words is >= 2 and <= 4;
    }

    (string[] Words, string[] Concepts)? MatchRolePhrase(int k, int last)
    {
        if (lex.KindOf(t.Span(k)) is not ("role-part" or "title" or "role")) return null;
        foreach (var p in lex.RolePhrases)
        {
            if (k + p.Words.Length - 1 > last) continue;
            var ok = true;
            for (var m = 0; m < p.Words.Length && ok; m++)
                ok = t.IsWord(k + m) && t.Span(k + m).Equals(p.Words[m], StringComparison.OrdinalIgnoreCase);
            if (ok) return p;
        }
        return null;
    }
}
