using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// The subject a number's clause gives it, as a whole run of words: "bitcoin cash has lost 28 percent" is about bitcoin
/// cash and "Bitcoin has now lost more than 50 percent" about bitcoin, two facts though both name bitcoin and both lost.
/// Read without a parser: the clause is the text after the last comma, semicolon, colon or conjunction before the
/// number; its predicate the word right before the number; its subject the leading run of words up to the first
/// function word, when only function words (an auxiliary, an adverb) stand between it and the predicate; the run's last
/// word is its head.
/// </summary>
internal static partial class ClaimSubject
{
    /// <param name="Predicate">The word right before the number, lower case ("lost", "win").</param>
    /// <param name="Subject">The subject's words, lower case ("bitcoin cash"); empty when the clause starts at the predicate.</param>
    /// <param name="Pronoun">A pronoun in the clause before the number ("he would then need to win 55 percent"), or null: then the
    /// clause alone does not say whose number it is.</param>
    public sealed record Reading(string Predicate, IReadOnlyList<string> Subject, string? Pronoun);

    static readonly HashSet<string> Pronouns = new(RuleFiles.Rows("quote-speakers.tsv").Where(r => r.Length > 1 && r[1] == "pronoun").Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>The clause reading of the number at <paramref name="offset"/> in <paramref name="sentence"/>, or null when nothing comes before it in its clause.</summary>
    public static Reading? Of(string sentence, int offset)
    {
        if (offset <= 0 || offset > sentence.Length) return null;
        var prefix = sentence[..offset];
        var boundary = Boundary().Matches(prefix).LastOrDefault();
        var clause = boundary is null ? prefix : prefix[(boundary.Index + boundary.Length)..];
        var words = Word().Matches(clause).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0) return null;
        var predicate = words[^1];
        var pronoun = words.Take(words.Count - 1).FirstOrDefault(Pronouns.Contains);
        // Leading determiners ("the singer") are not the subject; the run stops at a function word ("bitcoin cash has"), and
        // only function words, one at least, stand between it and the predicate ("has now lost", "is down"): otherwise the
        // run is not known to be the clause's subject ("a breach at the agency Equifax exposed personal information of",
        // "Boko Haram militants handed over": the verb would be taken into it).
        var before = words.Take(words.Count - 1).SkipWhile(StatementTerms.IsFunctionWord).ToList();
        var subject = before.TakeWhile(w => !StatementTerms.IsFunctionWord(w)).ToList();
        if (before.Count == subject.Count || !before.Skip(subject.Count).All(StatementTerms.IsFunctionWord)) subject = [];
        return new Reading(predicate, subject, pronoun);
    }

    /// <summary>
    /// Why the two numbers have different subjects, or null: subject runs whose heads differ ("bitcoin cash" lost, "bitcoin"
    /// lost; "Ripple's XRP" is down). "The singer" and "the 29-year-old singer" are one subject.
    /// </summary>
    public static string? Different(Reading? a, Reading? b)
    {
        if (a is null || b is null || a.Subject.Count == 0 || b.Subject.Count == 0) return null;
        if (a.Pronoun is not null || b.Pronoun is not null) return null;
        var (ha, hb) = (Stem(a.Subject[^1]), Stem(b.Subject[^1]));
        return ha == hb ? null : $"different subjects (\"{string.Join(' ', a.Subject)} {a.Predicate}\", \"{string.Join(' ', b.Subject)} {b.Predicate}\")";
    }

    static string Stem(string w) => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? Stem(w[..^2]) : w.Length > 5 ? w[..5] : w;

    [GeneratedRegex(@"[,;:()\[\]—–]|\s-\s|\b(?:and|but|while|whereas|as|that|which|who|when|after|before|because|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{Mn}\p{N}'’-]*")]
    private static partial Regex Word();
}
