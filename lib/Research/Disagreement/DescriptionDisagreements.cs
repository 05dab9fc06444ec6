namespace Research;

/// <summary>
/// One named thing the sources of an event describe by different nouns: "a summit of the OSCE" against "an OSCE
/// ministerial meeting", "Taliban militants" against "Taliban insurgents". A description is a noun of
/// Rules/description-terms.tsv tied to a name: right after it, with up to two modifiers between ("OSCE ministerial
/// meeting", "Europe's ministerial conference"), or before "of (the)" and the name ("a summit of the OSCE"). Names are
/// matched by their acronym ("Organization for Security and Co-operation in Europe (OSCE)" is OSCE). A row lists each
/// source's descriptions of one name in one kind (gathering, armed group, ...) when the sources use different nouns.
/// </summary>
public static class DescriptionDisagreements
{
    static readonly Dictionary<string, string> KindOf = RuleFiles.Rows("description-terms.tsv")
        .SelectMany(r => r[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => (Term: t, Kind: r[0])))
        .ToDictionary(p => p.Term, p => p.Kind, StringComparer.Ordinal);
    static readonly Dictionary<string, string> SameMeaning = RuleFiles.Lines("description-synonyms.tsv")
        .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
        .SelectMany(l => l.Trim().Split('|').Select(n => (Noun: n.Trim(), Set: l.Trim())))
        .GroupBy(p => p.Noun, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Set, StringComparer.Ordinal);
    static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "for", "and", "of", "in", "on", "de", "the" };
    const int MaxModifiers = 2;

    /// <summary>A description found in an article: the name it is tied to, the kind and noun, the phrase as written.</summary>
    public sealed record Description(string Article, string Name, string Kind, string Noun, string Phrase, int Start, int End, string Sentence);

    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus) =>
        corpus.Events.SelectMany(e => ForEvent(corpus, e));

    static IEnumerable<Disagreement> ForEvent(Corpus corpus, string eventKey)
    {
        var articles = corpus.ArticlesIn(eventKey);
        if (articles.Count < 2) yield break;
        var found = SameNames(articles.SelectMany(a => Find(corpus, a)).ToList());
        foreach (var group in found.GroupBy(d => (d.Name, d.Kind)).OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var bySource = group.GroupBy(d => Sources.Of(corpus.Article(d.Article))).ToList();
            if (bySource.Count < 2) continue;
            var nouns = bySource.Select(s => s.Select(d => Singular(d.Noun)).ToHashSet(StringComparer.Ordinal)).ToList();
            // Sources differ when one uses a noun another never does for this name, and the nouns differ in meaning:
            // a meeting and a conference are one thing said two ways (Rules/description-synonyms.tsv).
            var meanings = nouns.Select(n => n.Select(Meaning).ToHashSet(StringComparer.Ordinal)).ToList();
            if (meanings.All(m => m.SetEquals(meanings[0]))) continue;
            var evidence = bySource.Select(s =>
            {
                var first = s.First();
                var article = corpus.Article(first.Article);
                var phrases = s.Select(d => d.Phrase).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return new Evidence(article.File, article.Id, article.Outlet, string.Join("; ", phrases), null, first.Start, first.End, first.Sentence);
            }).ToList();
            var terms = nouns.SelectMany(n => n).Distinct().Order(StringComparer.Ordinal).ToList();
            yield return new Disagreement("description", eventKey, $"{group.Key.Kind}: {group.Key.Name} as {string.Join(" / ", terms)}", "described differently",
                string.Join(" against ", evidence.GroupBy(e => e.Value, StringComparer.OrdinalIgnoreCase).Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => e.Outlet))})")),
                evidence, Disagreement.Confident, $"one name ({group.Key.Name}) with nouns of {group.Key.Kind} that differ in meaning");
        }
    }

    /// <summary>The set of nouns of one meaning a noun belongs to, or the noun itself.</summary>
    static string Meaning(string noun) => SameMeaning.GetValueOrDefault(noun, noun);

    /// <summary>
    /// "Russia" and "Russian", "Ukraine" and "Ukrainian" name one thing: names sharing a beginning of five letters or more
    /// that covers most of the shorter take the most used of them.
    /// </summary>
    static List<Description> SameNames(List<Description> found)
    {
        var names = found.GroupBy(d => d.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
            canonical[name] = names.FirstOrDefault(n => canonical.ContainsKey(n) && canonical[n] == n && SameName(n, name)) ?? name;
        return found.Select(d => d with { Name = canonical[d.Name] }).ToList();
    }

    static bool SameName(string a, string b)
    {
        if (a.Contains(' ') || b.Contains(' ')) return false;
        var common = 0;
        while (common < Math.Min(a.Length, b.Length) && a[common] == b[common]) common++;
        return common >= 5 && common >= 0.8 * Math.Min(a.Length, b.Length);
    }

    /// <summary>The descriptions of one article, in order.</summary>
    public static IEnumerable<Description> Find(Corpus corpus, Article article)
    {
        var text = corpus.TextOf(article);
        foreach (var s in corpus.SentencesOf(article.Id))
        {
            var tokens = WordTokenizer.Tokenize(text.Normalized, s.Start, s.End).ToList();
            string Word(int k) => text.Normalized[tokens[k].Start..tokens[k].End];
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Kind != "word" || !KindOf.TryGetValue(Word(k), out var kind)) continue;
                // "war games", "attack helicopters": the noun modifies the next one and describes nothing itself.
                if (k + 1 < tokens.Count && IsPluralNoun(Word(k + 1), tokens[k + 1].Kind)) continue;
                // Name, modifiers, noun: "OSCE ministerial meeting", "Europe's ministerial conference".
                var m = k - 1;
                while (m >= 0 && k - 1 - m < MaxModifiers && IsModifier(Word(m), tokens[m].Kind)) m--;
                var phraseStart = tokens[m + 1].Start;
                var name = m >= 0 ? NameEndingAt(tokens, Word, m) : null;
                // Noun, "of (the)", name: "a summit of the OSCE".
                if (name is null && k + 2 < tokens.Count && Word(k + 1) == "of")
                {
                    var n = k + 2 + (Word(k + 2) == "the" ? 1 : 0);
                    name = NameStartingAt(tokens, Word, n);
                }
                if (name is null) continue;
                yield return new Description(article.Id, name, kind, Word(k), text.Original[phraseStart..tokens[k].End], phraseStart, tokens[k].End, s.Text);
            }
        }
    }

    static bool IsModifier(string word, string kind) =>
        kind == "word" && char.IsLower(word[0]) && word.Length >= 4 && !StatementTerms.IsFunctionWord(word) && !KindOf.ContainsKey(word)
        && !word.EndsWith("ly", StringComparison.Ordinal) && !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));   // adverbs and plurals ("executives begin negotiations") do not modify

    static bool IsPluralNoun(string word, string kind) =>
        kind == "word" && char.IsLower(word[0]) && word.Length >= 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !StatementTerms.IsFunctionWord(word) && !KindOf.ContainsKey(word);

    /// <summary>The name whose last word is token <paramref name="last"/> (a possessive allowed), or null.</summary>
    static string? NameEndingAt(List<(int Start, int End, string Kind)> tokens, Func<int, string> word, int last)
    {
        // "... Europe (OSCE) summit": the acronym in brackets names it.
        if (word(last) == ")" && last >= 2 && word(last - 2) == "(" && IsAcronym(word(last - 1))) return word(last - 1);
        var w = Possessive(word(last));
        if (tokens[last].Kind != "word" || !IsNameWord(w)) return null;
        var words = new List<string> { w };
        var k = last - 1;
        while (k >= 0 && tokens[k].Kind == "word" && (IsNameWord(word(k)) || NameConnectors.Contains(word(k)) && k > 0 && IsNameWord(word(k - 1))))
            words.Insert(0, word(k--));
        return Key(words);
    }

    /// <summary>The name that starts at token <paramref name="first"/>, with an acronym in brackets after it, or null.</summary>
    static string? NameStartingAt(List<(int Start, int End, string Kind)> tokens, Func<int, string> word, int first)
    {
        if (first >= tokens.Count || tokens[first].Kind != "word" || !IsNameWord(word(first))) return null;
        var words = new List<string>();
        var k = first;
        while (k < tokens.Count && tokens[k].Kind == "word" && (IsNameWord(word(k)) || NameConnectors.Contains(word(k)) && k + 1 < tokens.Count && IsNameWord(word(k + 1))))
            words.Add(Possessive(word(k++)));
        if (k + 2 < tokens.Count && word(k) == "(" && IsAcronym(word(k + 1)) && word(k + 2) == ")") return word(k + 1);
        return Key(words);
    }

    /// <summary>A name of three capitalised words or more is known by its initials (Organization for Security and Co-operation in Europe: OSCE).</summary>
    static string Key(List<string> words)
    {
        var capitalised = words.Where(w => char.IsUpper(w[0])).ToList();
        return capitalised.Count >= 3 ? string.Concat(capitalised.Select(w => w[0])) : string.Join(' ', words);
    }

    static bool IsNameWord(string w) => w.Length >= 2 && char.IsUpper(w[0]) && !StatementTerms.IsFunctionWord(w);
    static bool IsAcronym(string w) => w.Length >= 2 && w.All(char.IsUpper);
    static string Possessive(string w) => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) && KindOf.ContainsKey(noun[..^3] + "y") ? noun[..^3] + "y"
        : noun.EndsWith("s", StringComparison.Ordinal) && KindOf.ContainsKey(noun[..^1]) ? noun[..^1] : noun;
}
