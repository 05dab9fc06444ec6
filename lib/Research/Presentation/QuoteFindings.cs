namespace Research;

/// <summary>What notebook 02 found: who is quoted most, by how many outlets, and where the sources disagree on who said it.</summary>
public static class QuoteFindings
{
    public static Findings Of(QuoteSet quotes)
    {
        var attributed = quotes.Attributed.Count();
        var sentences = new List<string>
        {
            $"{attributed} of {Findings.Count(quotes.Quotes.Count, "quote")} are attributed, to {Findings.Count(quotes.Speakers.Count, "speaker")}.",
        };
        if (quotes.Speakers.OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault() is { } top)
            sentences.Add($"{top.Name} is quoted most: {Findings.Count(top.Quotes, "quote")} in {Findings.Count(top.Outlets.Count, "outlet")}.");
        sentences.Add($"{Findings.Count(quotes.Speakers.Count(s => s.Outlets.Count == 1), "speaker is", "speakers are")} quoted by one outlet only.");
        var shared = quotes.Clusters.Where(c => c.Sources >= 2).ToList();
        sentences.Add($"{Findings.Count(shared.Count, "statement is", "statements are")} quoted by two or more outlets" +
            (shared.Count > 0 ? $", the most widely by {shared.Max(c => c.Sources)} outlets." : "."));
        var conflicts = quotes.Misattributions.Count(m => m.Kind != "nested");
        sentences.Add($"{Findings.Count(conflicts, "statement is", "statements are")} credited to different speakers by different sources, and {Findings.Count(quotes.Misattributions.Count - conflicts, "quote is", "quotes are")} relayed by one speaker from another.");
        return new Findings(sentences);
    }
}
