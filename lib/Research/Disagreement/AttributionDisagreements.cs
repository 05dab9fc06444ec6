using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// Quotes credited to different people: a statement the sources attribute to different speakers (a conflict when both
/// are people; compatible when one is the organisation, outlet or place that relays the other, or the lawyer or
/// spokesperson the articles say speaks for the other), or a quote one
/// speaker relays from another ("“We do not want any conflict,” said President Putin, “Lavrov said."), from the quote
/// analysis, each source's reading being the speaker it names, at the quote's place in the article. Two name forms of
/// one person (Tom/Thomas Reed, José/Jose, a letter off, a surname alone) are one speaker, no row; a conflict is confident only when
/// every speaker was resolved by name and none stands in its sentence where a speaker does not (after "told", "to",
/// "with", "about", or as a possessive: the interviewer, the recipient, the person spoken about), and the title the
/// source wrote agrees with the person resolved ("Mrs. Clinton" is not Bill Clinton), and every source quotes a statement,
/// not a phrase of a few words ("gross negligence").
/// </summary>
public static partial class AttributionDisagreements
{
    public static IEnumerable<Disagreement> AsDisagreements(Corpus corpus, QuoteSet quotes) =>
        quotes.Misattributions.Select(m =>
        {
            var cluster = quotes.Cluster(m.Cluster);
            var topic = "who said: \"" + (cluster.Wording.Length > 80 ? cluster.Wording[..77] + "…" : cluster.Wording) + "\"";
            var evidence = m.Quotes.Select(id => Evidence(corpus, quotes.Quote(id))).ToList();
            if (m.Kind is not ("nested" or "person-and-organisation") && OnePerson(m.Speakers)) return null;
            var (verdict, explanation) = m.Kind switch
            {
                "nested" => ("relayed", $"the quote is credited to {string.Join(" and relayed by ", m.Speakers)}"),
                "person-and-organisation" => ("compatible", $"sources credit it to {string.Join(", ", m.Speakers)}: a person and the organisation, outlet or place that relays them, which may both be right"),
                "on-behalf" => ("compatible", $"sources credit it to {m.Speakers[0]} and to {string.Join(", ", m.Speakers.Skip(1))}, who the articles say speaks for {m.Speakers[0]} (a lawyer, spokesperson or representative): a statement issued on {m.Speakers[0]}'s behalf, which may both be right"),
                _ => ("conflict", $"sources credit it to different people: {string.Join(", ", m.Speakers)}"),
            };
            var doubts = m.Quotes.Select((id, k) => Doubt(corpus, quotes.Quote(id), evidence[k].Sentence))
                .Concat(verdict == "conflict" ? m.Quotes.Select(id => Phrase(quotes.Quote(id))) : []).OfType<string>().Distinct().ToList();
            var basis = "same quote, speakers from the quote analysis" + (doubts.Count == 0 ? "" : "; but " + string.Join("; ", doubts));
            return new Disagreement("attribution", corpus.Article(quotes.Quote(m.Quotes[0]).Article).Event, topic, verdict, explanation, evidence,
                verdict != "conflict" || doubts.Count == 0 ? Disagreement.Confident : Disagreement.Candidate, basis);
        }).OfType<Disagreement>();

    /// <summary>Every speaker a name form of the first: same surname, and first names one the start of the other, or a letter or an accent apart.</summary>
    public static bool OnePerson(IReadOnlyList<string> speakers) =>
        speakers.Count > 1 && speakers.Skip(1).All(s => SameNameForm(speakers[0], s));

    static bool SameNameForm(string a, string b)
    {
        var (x, y) = (SpeakerNames.LowerWithoutAccents(a).Split(' ', StringSplitOptions.RemoveEmptyEntries), SpeakerNames.LowerWithoutAccents(b).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (x.Length == 0 || y.Length == 0) return false;
        if (string.Join(' ', x) == string.Join(' ', y)) return true;
        // "Clinton" and "Hillary Clinton": a surname alone is the same person as far as the text shows, no rival.
        if (x.Length == 1 && y.Length > 1 && x[0] == y[^1] || y.Length == 1 && x.Length > 1 && y[0] == x[^1]) return true;
        if (x.Length < 2 || y.Length < 2) return false;
        bool Close(string p, string q) => p == q || NameSpelling.EditDistance(p, q) <= (Math.Min(p.Length, q.Length) <= 4 ? 0 : 1);
        var (fx, fy) = (x[0], y[0]);
        return Close(x[^1], y[^1]) && (Close(fx, fy) || ShortForm(fx, fy) || ShortForm(fy, fx));
    }

    /// <summary>"tom" of "thomas", "kate" of "katherine": three letters or more, the same first letter, in order in the long form.</summary>
    static bool ShortForm(string shorter, string longer)
    {
        if (shorter.Length < 3 || shorter.Length >= longer.Length || shorter[0] != longer[0]) return false;
        var k = 0;
        foreach (var c in longer)
            if (k < shorter.Length && c == shorter[k]) k++;
        return k == shorter.Length;
    }

    /// <summary>
    /// A quote of a few words ("gross negligence", "top secret") is a term that several people use, or that a writer puts in
    /// quotation marks, more than a statement: two people credited with it are not shown to say the same thing.
    /// </summary>
    static string? Phrase(Quote q) =>
        q.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) < MinStatementWords
            ? $"{q.Outlet} quotes only the phrase \"{q.Text.Trim().TrimEnd('.', ',')}\"" : null;

    const int MinStatementWords = 4;

    /// <summary>Courtesy titles, gendered words and given names with the gender they tell (Rules/gender-words.tsv).</summary>
    static readonly Dictionary<string, string> Genders = RuleFiles.Rows("gender-words.tsv").Where(r => r.Length > 1)
        .GroupBy(r => r[0].Trim().ToLowerInvariant()).Where(g => g.Select(r => r[1].Trim()).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);

    /// <summary>Why a quote's speaker may not be who said it, or null.</summary>
    static string? Doubt(Corpus corpus, Quote q, string sentence)
    {
        if (q.Speaker is null || q.Flags.Contains("speaker-unresolved")) return $"{q.Outlet}'s speaker is not resolved by name";
        var mention = q.SpeakerMention ?? q.Speaker;
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || Pronoun().IsMatch(mention)) return $"{q.Outlet}'s speaker is resolved from \"{mention}\"";
        // "Mrs. Clinton" taken for a Clinton the article never names in full.
        if (q.Speaker.Contains(' ') && !mention.Contains(q.Speaker.Split(' ')[0], StringComparison.Ordinal)
            && !corpus.TextOf(corpus.Article(q.Article)).Normalized.Contains(q.Speaker, StringComparison.Ordinal))
            return $"{q.Outlet} writes only \"{mention}\", never \"{q.Speaker}\"";
        // "Mrs. Clinton" taken for Bill Clinton: the title the source wrote and the first name of the person resolved disagree.
        if (words.Length > 1 && Genders.GetValueOrDefault(words[0].ToLowerInvariant()) is { } written
            && Genders.GetValueOrDefault(q.Speaker.Split(' ')[0].ToLowerInvariant()) is { } resolved && written != resolved)
            return $"{q.Outlet} writes \"{mention}\", not the \"{q.Speaker}\" it was resolved to";
        // A surname alone ("Varga said") when the article names two people of that surname whom the title does not tell apart.
        if (!q.Speaker.Contains(' ') && Namesakes(corpus.TextOf(corpus.Article(q.Article)).Normalized, q.Speaker, Genders.GetValueOrDefault(words[0].ToLowerInvariant())) is { Count: > 1 } namesakes)
            return $"{q.Outlet}'s \"{mention}\" may be any of {string.Join(", ", namesakes)}";
        var uses = Regex.Matches(sentence, $@"\b{Regex.Escape(words[^1])}\b");
        // Every use of the name in its sentence is where the person spoken to or about stands: the interviewer
        // ("told Ann Lee"), the recipient ("a letter to Mr. Lee"), the subject ("about Lee", "Lee's lawyer").
        if (uses.Count > 0 && uses.All(m => NotSpeaker().IsMatch(sentence[..m.Index]) || Possessive().IsMatch(sentence[(m.Index + m.Length)..])))
            return $"{q.Outlet}'s \"{mention}\" stands where the person spoken to or about does";
        return null;
    }

    /// <summary>The people an article names in full with this surname ("Bill Varga", "Ellen Varga"), those of the title's gender when it tells one.</summary>
    static List<string> Namesakes(string text, string surname, string? gender) =>
        Regex.Matches(text, $@"\b(\p{{Lu}}[\p{{Ll}}’'-]+)\s+{Regex.Escape(surname)}\b").Select(m => m.Groups[1].Value)
            .Where(first => !StatementTerms.IsFunctionWord(first) && !NotGivenNames.Contains(first.ToLowerInvariant())
                && (gender is null || Genders.GetValueOrDefault(first.ToLowerInvariant()) is not { } g || g == gender))
            .Distinct(StringComparer.Ordinal).Select(first => $"{first} {surname}").ToList();

    /// <summary>Titles, offices, nationalities and other capitalised words before a name that are not a given name (Rules/quote-speakers.tsv).</summary>
    static readonly HashSet<string> NotGivenNames = new(RuleFiles.Rows("quote-speakers.tsv").Where(r => r.Length > 1).Select(r => r[0].Trim().TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>The text before a name ends in a word that puts the name in the place of the person spoken to or about (titles and first names between are allowed).</summary>
    [GeneratedRegex(@"\b(?:told|to|with|about|asked|interviewed|against|of|for)\s+(?:(?:the|a|an|[A-Z][\w.’'-]*)\s+){0,4}$")]
    private static partial Regex NotSpeaker();

    [GeneratedRegex(@"^(?:he|she|they|him|her|them|it|we|i)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:'s|’s)\b")]
    private static partial Regex Possessive();

    static Evidence Evidence(Corpus corpus, Quote q)
    {
        var sentence = corpus.SentencesOf(q.Article).FirstOrDefault(s => s.Start <= q.Start && q.Start < s.End)?.Text ?? q.Text;
        var speaker = q.Speaker ?? q.SpeakerMention ?? "unattributed";
        var note = q.RelayedBy is null ? (q.SpeakerMention is null ? null : $"as written: {q.SpeakerMention}") : $"relayed by {q.RelayedBy}";
        return new Evidence(q.File, q.Article, q.Outlet, speaker, note, q.Start, q.End, sentence);
    }
}
