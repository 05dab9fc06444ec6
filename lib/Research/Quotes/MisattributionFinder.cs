namespace Research;

/// <summary>
/// Finds misattributions: clusters whose sources name different people (`different-speakers`), or a person and the
/// lawyer or spokesperson who speaks for them (`on-behalf`), or a person and an organisation, outlet or place
/// (`person-and-organisation`), and nested attributions.
/// </summary>
internal static class MisattributionFinder
{
    /// <param name="named">True for a canonical speaker who is a named person (not an unnamed role such as "the official").</param>
    public static List<Misattribution> Find(Corpus corpus, IReadOnlyList<Quote> quotes, IReadOnlyList<QuoteCluster> clusters, Func<string, bool> named)
    {
        var rows = new List<Misattribution>();
        var byId = quotes.ToDictionary(q => q.Id, StringComparer.Ordinal);
        // The texts of each event's articles, read once when the first possible on-behalf pair asks for them.
        Dictionary<string, List<string>>? eventTexts = null;
        // The same words quoted in two events are two statements: sources disagree only about one event's quote.
        foreach (var (cluster, variants) in clusters.Where(c => c.Variants.Count > 1)
                     .SelectMany(c => c.Variants.GroupBy(v => corpus.Article(v.Article).Event).Where(g => g.Count() > 1).Select(g => (c, g.ToList()))))
        {
            // Only named people count, each once with its first quote: an unnamed "official" may well be the named one.
            var credited = variants.Where(v => v.Speaker is not null && byId[v.QuoteId].Attributed && named(v.Speaker) && NamedThere(byId[v.QuoteId])).ToList();
            // Each speaker's first quote that shares a run of words with another speaker's: "horrible terrorist attack" and
            // a witness's "everybody was saying it's a terrorist attack" share two words, not a statement.
            var first = credited.GroupBy(v => v.Speaker!, StringComparer.Ordinal)
                .Select(g => g.FirstOrDefault(v => credited.Any(w => w.Speaker != v.Speaker && SharedRun(v.Text, w.Text))))
                .OfType<QuoteVariant>().ToList();
            if (first.Count < 2 || OnePerson(first.Select(v => v.Speaker!).ToList())) continue;
            // One source crediting the words to two people is not sources disagreeing (and mostly a quote it uses twice).
            if (first.Select(v => Sources.Of(corpus.Article(v.Article))).Distinct().Count() < 2) continue;
            // "Hua Chunying" and "Beijing", "Holly Baird" and "ABC News": a person and the body or outlet that relays them.
            var kinds = new SpeakerKinds(corpus, corpus.Article(variants[0].Article).Event);
            var people = first.Select(v => v.Speaker!).Where(kinds.IsPerson).ToList();
            // Two organisations or places ("North Korea", "Pyongyang") are one side relayed two ways, not two people either.
            var kind = people.Count >= 2 && !OnePerson(people) ? "different-speakers" : "person-and-organisation";
            if (kind == "different-speakers")
            {
                eventTexts ??= corpus.Articles.GroupBy(a => a.Event, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(a => corpus.TextOf(a).Normalized).ToList(), StringComparer.Ordinal);
                if (Principal(eventTexts[corpus.Article(variants[0].Article).Event], people) is { } principal)
                {
                    // "Mary Jones, Smith's lawyer": the one the statement speaks for first, then the lawyer or spokesperson who issued it.
                    kind = "on-behalf";
                    first = first.OrderBy(v => v.Speaker == principal ? 0 : 1).ToList();
                }
            }
            rows.Add(new Misattribution(kind, cluster.Id, first.Select(v => v.Speaker!).ToList(), first.Select(v => v.QuoteId).ToList(),
                first.Take(MaxEvidence).Select(v => Evidence(corpus, byId[v.QuoteId])).ToList()));
        }
        foreach (var q in quotes.Where(q => q.RelayedBy is not null))
            rows.Add(new Misattribution("nested", q.Cluster, new[] { q.Speaker, q.RelayedBy }.OfType<string>().Distinct().ToList(), [q.Id], [Evidence(corpus, q)]));
        return rows;
    }

    /// <summary>The one person of <paramref name="people"/> every other speaks for, as the event's articles say ("Mary Jones, Smith's lawyer"); null if there is none.</summary>
    static string? Principal(IReadOnlyList<string> texts, IReadOnlyList<string> people)
    {
        foreach (var principal in people)
            if (people.All(p => SamePerson(p, principal) || OnBehalf.SpeaksFor(texts, p, principal))) return principal;
        return null;
    }

    /// <summary>Words of the quote in order, lower case, punctuation left out.</summary>
    static List<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToList();

    /// <summary>The two quotes share three words in a row, or the shorter, under three words, stands whole in the longer.</summary>
    static bool SharedRun(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        if (x.Count > y.Count) (x, y) = (y, x);
        var n = Math.Min(3, x.Count);
        if (n == 0) return false;
        var runs = Enumerable.Range(0, y.Count - n + 1).Select(i => string.Join(' ', y.Skip(i).Take(n))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, x.Count - n + 1).Any(i => runs.Contains(string.Join(' ', x.Skip(i).Take(n))));
    }

    /// <summary>
    /// "Sarah Silverman" and "Comedienne Sarah": names that share a name word are one person written two ways, not two
    /// speakers, unless both are full names with one surname and different given names (Bill and Hillary Clinton).
    /// </summary>
    static bool OnePerson(IReadOnlyList<string> speakers) => speakers.Skip(1).All(s => SamePerson(speakers[0], s));

    static bool SamePerson(string a, string b)
    {
        static List<string> Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && char.IsUpper(w[0])).Select(SpeakerNames.Fold).ToList();
        var (x, y) = (Words(a), Words(b));
        if (!x.Intersect(y, StringComparer.Ordinal).Any()) return false;
        // "China DailyZhang Yuanxun" (a missing space in the source) is Zhang Yuanxun.
        var sameGivenName = x.Count < 2 || y.Count < 2 || x[^2].EndsWith(y[^2], StringComparison.Ordinal) || y[^2].EndsWith(x[^2], StringComparison.Ordinal);
        return !(x[^1] == y[^1] && !sameGivenName);
    }

    /// <summary>True when the quote's own attribution names its speaker (not "he" or "the minister", which may be resolved wrongly).</summary>
    static bool NamedThere(Quote q) =>
        q.SpeakerMention is { } m && q.Speaker is { } s && m.Contains(s[(s.LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase);

    /// <summary>Evidence sentences shown per misattribution (the speakers and quotes are all listed).</summary>
    const int MaxEvidence = 20;

    /// <summary>The sentence holding the quote's start, up to the one holding its end and the next (at most three, one paragraph).</summary>
    static EvidenceSentence Evidence(Corpus corpus, Quote q)
    {
        var sentences = corpus.SentencesOf(q.Article);
        var text = corpus.TextOf(q.Article).Original;
        if (sentences.Count == 0) return new EvidenceSentence(q.Article, q.Outlet, q.Text);
        var first = IndexAt(sentences, q.Start);
        var last = first;
        while (last + 1 < sentences.Count && last < first + 2 && sentences[last + 1].Paragraph == sentences[first].Paragraph
               && (sentences[last + 1].Start < q.End || last == IndexAt(sentences, Math.Max(q.Start, q.End - 1)))) last++;
        return new EvidenceSentence(q.Article, q.Outlet, text[sentences[first].Start..sentences[last].End].Trim());
    }

    /// <summary>The sentence that holds (or follows) a text offset, by binary search.</summary>
    static int IndexAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
