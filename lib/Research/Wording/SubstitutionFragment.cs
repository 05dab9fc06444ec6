namespace Research;

/// <summary>
/// Tells a substitution that is only a fragment of misaligned text from a change of wording: a side that is empty,
/// only function words ("States" → "the", "a" → "troop"), a capitalised article ("The" → "Speaking"), or that holds a
/// quote mark ("The" → "\"We made it clear"): the aligner lined up the edge of a quote or a sentence, not two wordings.
/// </summary>
public static class SubstitutionFragment
{
    static readonly char[] DoubleQuotes = ['"', '“', '”', '„', '«', '»'];
    static readonly char[] SingleQuotes = ['\'', '‘', '’'];

    /// <summary>True when the change from <paramref name="from"/> to <paramref name="to"/> is a fragment, not a substitution.</summary>
    public static bool IsFragment(string from, string to) => IsFragmentSide(from) || IsFragmentSide(to);

    static bool IsFragmentSide(string side)
    {
        var words = side.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(HasQuoteMark)) return true;
        var bare = words.Select(w => w.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '-', '–', '—')).Where(w => w.Length > 0).ToList();
        return bare.Count == 0 || bare.All(StatementTerms.IsFunctionWord);
    }

    // A double quote mark anywhere, a single one opening or closing a word; an apostrophe inside a word ("don't") or of a
    // plural possessive ("ministers'") is part of it.
    static bool HasQuoteMark(string word) =>
        word.IndexOfAny(DoubleQuotes) >= 0 || SingleQuotes.Contains(word[0])
        || SingleQuotes.Contains(word[^1]) && !(word.Length > 2 && word[^2] == 's');
}
