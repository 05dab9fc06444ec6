namespace Research;

/// <summary>
/// What a gold file's `speaker` values are: names of people (the seed's "Sergei Lavrov"), or source spans as written in
/// the text (PolNeAR's "the senator", "Myra Gutin, a first lady historian at Rider University"). A scorer compares a
/// speaker's last word, so the prediction comparable to a gold speaker is the canonical person for the first and the
/// source phrase as written for the second.
/// </summary>
public static class GoldSpeakerStyle
{
    /// <summary>Share of written-span speakers above which a gold file is read as annotating spans as written.</summary>
    public const double WrittenSpanShare = 0.10;

    /// <summary>
    /// The share of gold speakers that are written spans, not names: they open with a lower-case word (a pronoun, a
    /// role: "he", "the campaign") or carry an apposition after a comma. A list of names has none.
    /// </summary>
    public static double ShareWrittenAsSpans(IEnumerable<string?> speakers)
    {
        int all = 0, spans = 0;
        foreach (var speaker in speakers)
        {
            var s = speaker?.Trim();
            if (string.IsNullOrEmpty(s)) continue;
            all++;
            if (char.IsLower(s[0]) || s.Contains(',')) spans++;
        }
        return all == 0 ? 0 : spans / (double)all;
    }
}
