using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// A date that gives the day something was said ("officials said Friday", "told reporters on Monday", "on Tuesday
/// announced"), not the day of what was said: "police said Friday that 12 died" and "12 died on Thursday" are two
/// days of two happenings. The cues are the speech verbs of Rules/quote-cues.tsv.
/// </summary>
internal static class DayOfSpeaking
{
    static readonly string Cues = string.Join('|', RuleFiles.Rows("quote-cues.tsv").Where(r => r.Length > 1 && r[1] == "verb")
        .Select(r => r[0].Trim()).Where(c => c.Length > 0).OrderByDescending(c => c.Length).Select(c => Regex.Escape(c).Replace("\\ ", "\\s+")));

    static readonly Regex CueBefore = new($@"\b(?:{Cues})\s+(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    static readonly Regex CueAfter = new($@"^\s*(?:{Cues})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The date at <paramref name="start"/>..<paramref name="end"/> of the sentence stands right after or before a speech verb.</summary>
    public static bool Is(string sentence, int start, int end) =>
        start >= 0 && end <= sentence.Length && start < end
        && (CueBefore.IsMatch(sentence[..start]) || CueAfter.IsMatch(sentence[end..]));
}
