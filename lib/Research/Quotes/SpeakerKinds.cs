namespace Research;

/// <summary>
/// Tells a person from an organisation, an outlet or a place among the speakers of one event's quotes: "ABC News",
/// "the Recording Academy", "F1", "Beijing" are not people. A name is taken for a non-person when it is one of the
/// corpus's outlets ("NBC" for nbcnews.com), holds a digit, ends in a word of Rules/organisation-words.txt, is a single
/// word the event also writes in lower case ("Investigators said"), or when the
/// event's articles write it after "in" or "at" ("in Beijing", "at Amazon") and never after Mr., Mrs., Ms. or Dr.
/// </summary>
internal sealed class SpeakerKinds(Corpus corpus, string eventKey)
{
    internal static readonly HashSet<string> OrganisationWords = new(
        RuleFiles.Lines("organisation-words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
    /// <summary>True when a name's last word ("Ministry", "Department", "Press") makes it an organisation's, an outlet's or a body's.</summary>
    internal static bool IsBodyWord(string lastWord) => OrganisationWords.Contains(lastWord);

    static readonly string[] Titles = ["Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Dr. ", "Dr "];

    readonly Lazy<List<string>> texts = new(() => corpus.ArticlesIn(eventKey).Select(a => corpus.TextOf(a).Normalized).ToList());
    /// <summary>The parts of the corpus's outlet names and domains ("abcnews", "go", "reuters"), to find "ABC News" and "Reuters".</summary>
    readonly Lazy<List<string>> outlets = new(() => corpus.Articles.Select(a => a.Outlet).Distinct()
        .SelectMany(o => o.Split(['.', ' ', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)).Select(Letters)
        .Where(o => o.Length >= 3).Distinct().ToList());

    public bool IsPerson(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || speaker.Any(char.IsDigit) || OrganisationWords.Contains(words[^1])) return false;
        // "Investigators said ...": a single word the event also writes in lower case is a common noun at a sentence's start.
        if (words.Length == 1 && texts.Value.Any(t => Occurrences(t, speaker.ToLowerInvariant()).Any()) && !Titled(speaker)) return false;
        var letters = Letters(speaker);
        if (letters.Length >= 3 && outlets.Value.Any(o => o.StartsWith(letters, StringComparison.Ordinal))) return false;
        return !(UsedAsPlace(speaker) && !Titled(speaker));
    }

    bool UsedAsPlace(string name) =>
        texts.Value.Any(t => Occurrences(t, name).Any(i => Preceded(t, i, "in ") || Preceded(t, i, "at ")));

    bool Titled(string name)
    {
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        return texts.Value.Any(t => Occurrences(t, surname).Any(i => Titles.Any(title => Preceded(t, i, title))));
    }

    static bool Preceded(string text, int at, string word) =>
        at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0
        && (at == word.Length || !char.IsLetter(text[at - word.Length - 1]));

    /// <summary>Where the name stands as whole words, not followed by a possessive ("in Trump's speech" is not a place).</summary>
    static IEnumerable<int> Occurrences(string text, string name)
    {
        if (name.Length == 0) yield break;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i > 0 && char.IsLetter(text[i - 1])) || (end < text.Length && (char.IsLetter(text[end]) || text[end] == '\''))) continue;
            yield return i;
        }
    }

    static string Letters(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
