using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Evidence that two sentences of different sources state the same fact, and what speaks against it: the names each
/// sentence gives (two sentences that both name things but share no name speak of different subjects), the times of
/// day they give (a share price "at 9:34 a.m." and one "at mid-afternoon" are two facts), and words that narrow
/// what is counted ("eight seriously injured" against "50 injured": Rules/count-qualifiers.txt).
/// </summary>
internal static partial class SameFact
{
    public const string Aligned = "aligned sentences";
    public const string SameSubjectPredicate = "same subject, predicate and counted thing";

    static readonly HashSet<string> Qualifiers = new(RuleFiles.Lines("count-qualifiers.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')), StringComparer.Ordinal);

    /// <summary>Every pair of sentences aligned as the same statement, both ways round: (article, sentence, article, sentence).
    /// A pair aligned by one shared clause is left out: the rest of the two sentences may speak of other things.</summary>
    public static HashSet<(string, int, string, int)> AlignedSentences(IReadOnlyList<AlignedPair> alignments) => alignments
        .Where(p => p.Kind != SentenceAligner.ClauseKind)
        .SelectMany(p => Enumerable.Range(p.SentenceB, p.SentenceBLast - p.SentenceB + 1)
            .SelectMany(b => new[] { (p.ArticleA, p.SentenceA, p.ArticleB, b), (p.ArticleB, b, p.ArticleA, p.SentenceA) }))
        .ToHashSet();

    /// <summary>
    /// The names a sentence gives: runs of capitalised words (the first word of the sentence only in a run or with a
    /// possessive), lower-cased and without a possessive ("japanese prime minister shinzo abe", "cologne"). Runs are compared whole (<see cref="Shared"/>), so "New York"
    /// and "New Year's Eve" share no name though both say "New".
    /// </summary>
    public static HashSet<string> Names(string sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        string? opening = null;
        var end = 0;
        void Flush() { if (run.Count > 0) names.Add(string.Join(' ', run)); run.Clear(); }
        var first = true;
        foreach (Match m in Word().Matches(sentence))
        {
            var w = m.Value;
            var possessive = w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal);
            var joined = sentence[end..m.Index].Trim().Length == 0;
            end = m.Index + m.Length;
            // A middle initial ("George W. Bush") continues the run.
            if (run.Count > 0 && joined && w.Length == 1 && char.IsUpper(w[0]) && end < sentence.Length && sentence[end] == '.') { end++; continue; }
            // A sentence's first word is capitalised anyway: a name when possessive ("Ukraine's President") or when the run
            // goes on ("Noor Mohammad Faiz said"); kept aside until the next word tells.
            var capitalised = w.Length >= 2 && char.IsUpper(w[0]) && !Calendar().IsMatch(w);
            if (first)
            {
                first = false;
                if (!possessive) { opening = capitalised ? w.ToLowerInvariant() : null; continue; }
            }
            var isName = capitalised;
            if (opening is not null && isName && joined && run.Count == 0) run.Add(opening);
            opening = null;
            if (!isName || !joined) Flush();
            if (!isName) continue;
            run.Add((possessive ? w[..^2] : w).ToLowerInvariant());
            if (possessive) Flush();
        }
        Flush();
        return names;
    }

    /// <summary>
    /// Every capitalised word after a sentence's first word, lower-cased and without a possessive ("Cologne's" is cologne):
    /// the names around a spelling, where "Sao" of "Sao Paulo" counts on its own.
    /// </summary>
    public static HashSet<string> NameWords(string sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (Match m in Word().Matches(sentence))
        {
            var w = m.Value;
            // A sentence's first word is capitalised anyway: a name only when possessive ("Ukraine's President").
            if (first && !(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))) { first = false; continue; }
            first = false;
            if (w.Length < 2 || !char.IsUpper(w[0]) || Calendar().IsMatch(w)) continue;
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) w = w[..^2];
            names.Add(w.ToLowerInvariant());
        }
        return names;
    }


    /// <summary>
    /// The names of <paramref name="a"/> that <paramref name="b"/> also gives, each by its last word: two runs are one name when
    /// their last words agree, a name and its adjective as one (Ukraine, Ukrainian: the first five letters; "Shinzo Abe" and
    /// "Prime Minister Abe"), or when they share two words or more ("Noor Mohammad Faiz", "Noor Mohammad Fayez").
    /// </summary>
    public static List<string> Shared(HashSet<string> a, HashSet<string> b)
    {
        static string Stem(string w) => w.Length > 5 ? w[..5] : w;
        static string Last(string run) => run[(run.LastIndexOf(' ') + 1)..];
        var heads = b.Select(r => Stem(Last(r))).ToHashSet(StringComparer.Ordinal);
        var words = b.Select(r => r.Split(' ')).Where(r => r.Length > 1).ToList();
        bool Matches(string run) => heads.Contains(Stem(Last(run)))
            || run.Contains(' ') && words.Any(w => run.Split(' ').Intersect(w, StringComparer.Ordinal).Count() >= 2);
        return a.Where(Matches).Select(Last).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Why two sentences are not of the same fact, or null: no shared name, different times of day, different periods (a year against an average over years), a narrowing word on one side only.</summary>
    public static string? Against(string sentenceA, string contextA, string sentenceB, string contextB)
    {
        var (na, nb) = (Names(sentenceA), Names(sentenceB));
        if (na.Count > 0 && nb.Count > 0 && Shared(na, nb).Count == 0) return "the sentences name different things";
        var (ta, tb) = (TimeOfDay(sentenceA), TimeOfDay(sentenceB));
        if ((ta is not null || tb is not null) && ta != tb) return $"different times of day ({ta ?? "none"} against {tb ?? "none"})";
        // One year's rate and an average over years, or two different spans, are two facts.
        var (pa, pb) = (PeriodIn(sentenceA), PeriodIn(sentenceB));
        if (pa != pb) return $"different periods ({pa ?? "none"} against {pb ?? "none"})";
        var (qa, qb) = (QualifierIn(contextA), QualifierIn(contextB));
        if (qa != qb) return $"one counts only part (\"{qa ?? qb}\")";
        return null;
    }

    static string? PeriodIn(string sentence) => Period().Match(sentence) is { Success: true } m ? Regex.Replace(m.Value.ToLowerInvariant(), @"\s+", " ") : null;

    static string? TimeOfDay(string sentence) => ClockTime().Match(sentence) is { Success: true } m ? m.Value.ToLowerInvariant() : null;

    static string? QualifierIn(string context) =>
        context.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).FirstOrDefault(Qualifiers.Contains);

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$")]
    private static partial Regex Calendar();

    /// <summary>A span of time a figure covers or an average over one: "on average", "over the past five years", "since 2009", "2010-2015".</summary>
    [GeneratedRegex(@"\b(?:on average|an? (?:annual |yearly )?average|averag(?:e|ed|ing)|over the (?:past|last|previous) (?:[\w-]+ )?(?:years|decades)|since (?:19|20)\d\d|between (?:19|20)\d\d and (?:19|20)?\d\d|from (?:19|20)\d\d (?:to|through|until) (?:19|20)?\d\d|(?:19|20)\d\d[-–](?:19|20)?\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b|\bmid-?(?:morning|day|afternoon)\b|\bat (?:the )?(?:open|close)\b|\bmidday\b|\bnoon\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();
}
