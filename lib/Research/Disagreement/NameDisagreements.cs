namespace Research;

/// <summary>
/// Names the sources of an event spell differently (Sergey/Sergei Lavrov, Kyiv/Kiev, Zelenskiy/Zelensky): each
/// article's names (runs of capitalised words that the event never writes in lower case), grouped word by word with
/// <see cref="NameSpelling.SameName"/>; a group with two or more spellings used by different sources is one row,
/// each source with a sentence where it uses its spelling.
/// </summary>
public static class NameDisagreements
{
    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus) =>
        corpus.Events.SelectMany(e => ForEvent(corpus, e));

    static IEnumerable<Disagreement> ForEvent(Corpus corpus, string eventKey)
    {
        var articles = corpus.ArticlesIn(eventKey);
        if (articles.Count < 2) yield break;
        // Words the event also writes in lower case are common words ("These", "First", "Place"), not names.
        var common = articles.SelectMany(a => LowerCaseWords(corpus, a)).ToHashSet(StringComparer.Ordinal);
        // Each article's first use of each name: (spelling -> evidence).
        var uses = articles.ToDictionary(a => a.Id, a => FirstUses(corpus, a, common));
        var spellings = uses.Values.SelectMany(u => u.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        // Spellings that can be one name share a key (word by word: a name's first letter and skeleton, any other word
        // itself), so each is compared with its own bucket only, not with every spelling of the event.
        var buckets = spellings.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in spellings)
        {
            if (done.Contains(name)) continue;
            var group = buckets[Key(name)].Where(s => s == name || SameFullName(name, s)).ToList();
            done.UnionWith(group);
            if (group.Count < 2) continue;
            var sources = articles.SelectMany(a => group.Where(uses[a.Id].ContainsKey).Take(1).Select(s => uses[a.Id][s])).ToList();
            var bySpelling = sources.GroupBy(e => e.Value).ToList();
            if (bySpelling.Count < 2) continue;
            // One entity, by evidence: a full name whose other words agree (Sergei/Sergey Lavrov), the same word right
            // before or after it in every source ("Interior Minister X", "X said"), or the same other names in the sentences.
            // Two words a letter apart alone are a lead.
            var fullName = group.All(g => g.Contains(' '));
            var neighbours = sources.Select(e => Neighbours(corpus, e)).ToList();
            var sameSetting = neighbours.Skip(1).All(n => n.Overlaps(neighbours[0]));
            var groupWords = group.SelectMany(g => g.ToLowerInvariant().Split(' ')).ToHashSet(StringComparer.Ordinal);
            // The names around it: every sentence of the article that uses the spelling.
            var names = sources.Select(e => corpus.SentencesOf(e.Article)
                .Where(t => corpus.TextOf(e.Article).Original.AsSpan(t.Start, t.End - t.Start).Contains(e.Value, StringComparison.Ordinal))
                .SelectMany(t => SameFact.NameWords(t.Text)).Where(n => !groupWords.Contains(n)).ToHashSet(StringComparer.Ordinal)).ToList();
            var sharedNames = names.Skip(1).Aggregate(names[0], (x, y) => SameFact.Shared(x, y).ToHashSet(StringComparer.Ordinal));
            var confident = fullName || sameSetting || sharedNames.Count > 0;
            var basis = fullName ? "one full name: the other words agree"
                : sameSetting ? $"the same words around it ({string.Join(", ", neighbours.Aggregate((x, y) => x.Intersect(y).ToHashSet(StringComparer.Ordinal)).Order(StringComparer.Ordinal))})"
                : sharedNames.Count > 0 ? $"the same names around it in each source ({string.Join(", ", sharedNames.Order(StringComparer.Ordinal).Take(3))})"
                : "words a letter or two apart, nothing else shows they name one thing";
            yield return new Disagreement("name", eventKey, "spelling: " + string.Join(" / ", group), "variant",
                string.Join(" against ", bySpelling.Select(s => $"{s.Key} ({string.Join(", ", s.Select(e => e.Outlet))})")), sources,
                confident ? Disagreement.Confident : Disagreement.Candidate, basis);
        }
    }

    /// <summary>The content words right before and after a use of a name (four letters or more), lower case.</summary>
    static HashSet<string> Neighbours(Corpus corpus, Evidence use)
    {
        var text = corpus.TextOf(corpus.Article(use.Article)).Original;
        var before = text[Math.Max(0, use.Start - 40)..use.Start].Split([' ', ',', '\n', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var after = text[use.End..Math.Min(text.Length, use.End + 40)].Split([' ', ',', '\n', '(', ')', '"', '“', '”', '.'], StringSplitOptions.RemoveEmptyEntries);
        return new[] { before.LastOrDefault(), after.FirstOrDefault() }.OfType<string>()
            .Select(w => w.Trim('.', ':', ';', '\'', '’').ToLowerInvariant()).Where(w => w.Length >= 4 && !StatementTerms.IsFunctionWord(w))
            .ToHashSet(StringComparer.Ordinal);
    }

    static IEnumerable<string> LowerCaseWords(Corpus corpus, Article article)
    {
        var text = corpus.TextOf(article).Normalized;
        return corpus.SentencesOf(article.Id).SelectMany(s => WordTokenizer.Tokenize(text, s.Start, s.End))
            .Where(t => t.Kind == "word" && char.IsLower(text[t.Start])).Select(t => text[t.Start..t.End]);
    }

    /// <summary>
    /// Full names match word by word: Sergei Lavrov / Sergey Lavrov do, Vladimir Putin / Volodymyr Zelenskiy do not,
    /// though Vladimir and Volodymyr alone would.
    /// </summary>
    static bool SameFullName(string a, string b)
    {
        var (x, y) = (a.Split(' '), b.Split(' '));
        return x.Length == y.Length && x.Zip(y).All(p => p.First == p.Second || NameSpelling.SameName(p.First, p.Second))
            && x.Zip(y).Any(p => p.First != p.Second);
    }

    /// <summary>
    /// Equal for two spellings <see cref="SameFullName"/> may join: the same number of words, each word either the same or
    /// a name with the same first letter, consonant skeleton and digits (what <see cref="NameSpelling.SameName"/> requires).
    /// </summary>
    static string Key(string spelling) => string.Join(' ', spelling.Split(' ').Select(w => NameSpelling.IsName(w)
        ? $"~{char.ToLowerInvariant(w[0])}{NameSpelling.Skeleton(w)}#{new string(w.Where(char.IsDigit).ToArray())}"
        : w));

    /// <summary>Each article's first use of each name: runs of capitalised words (up to three) inside a sentence.</summary>
    static Dictionary<string, Evidence> FirstUses(Corpus corpus, Article article, HashSet<string> common)
    {
        var first = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        var text = corpus.TextOf(article);
        foreach (var s in corpus.SentencesOf(article.Id))
        {
            var run = new List<(int Start, int Stop, string Word)>();
            void Add(List<(int Start, int Stop, string Word)> words)
            {
                var name = string.Join(' ', words.Select(r => r.Word));
                var (a, b) = (words[0].Start, words[^1].Stop);
                if (!first.ContainsKey(name)) first[name] = new Evidence(article.File, article.Id, article.Outlet, text.Original[a..b], null, a, b, s.Text);
            }
            void Flush()
            {
                if (run.Count is > 0 and <= 3) Add(run);
                if (run.Count >= 3) Add(run[^2..]);          // "Ukrainian President Volodymyr Zelenskiy": the name is the last two
                run.Clear();
            }
            foreach (var (start, end, kind) in WordTokenizer.Tokenize(text.Normalized, s.Start, s.End))
            {
                if (run.Count > 0 && start < run[^1].Stop) continue;                           // the period of an initial
                var possessive = text.Normalized[start..end].EndsWith("'s", StringComparison.Ordinal);
                var stop = end - (possessive ? 2 : 0);                                          // Berlin's is Berlin
                var word = text.Normalized[start..stop];
                var isName = kind == "word" && start > s.Start && NameSpelling.IsName(word) && !word.Contains('\'')
                    && !StatementTerms.IsFunctionWord(word) && !common.Contains(word.ToLowerInvariant());
                var adjacent = run.Count == 0 || text.Normalized[run[^1].Stop..start].Trim().Length == 0;
                // A middle initial keeps the run whole: "George W. Bush" is one name, not "George" beside "Georgia".
                if (run.Count > 0 && adjacent && kind == "word" && end - start == 1 && char.IsUpper(text.Normalized[start]) && end < s.End && text.Normalized[end] == '.')
                {
                    run.Add((start, end + 1, text.Normalized[start..(end + 1)]));
                    continue;
                }
                if (!isName || !adjacent) Flush();
                if (isName) run.Add((start, stop, word));
                if (possessive) Flush();
            }
            Flush();
        }
        return first;
    }
}
