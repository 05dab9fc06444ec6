namespace Research.Tests.PresentationTests;

using Research;

/// <summary>Every notebook's "What we found": 3 to 6 sentences whose numbers are the analysis results'.</summary>
public class FindingsTests
{
    static readonly Lazy<Research.Corpus> Seed = new(() => Research.Corpus.Load(RepoPaths.Seed));
    static readonly Lazy<IReadOnlyList<AlignedPair>> Pairs = new(() => SentenceAligner.Align(Seed.Value));

    static void ThreeToSixSentences(Findings findings)
    {
        Assert.InRange(findings.Sentences.Count, 3, 6);
        Assert.All(findings.Sentences, s => Assert.Matches(@"^\S.*[.)]$", s));
        Assert.Equal(string.Join("\n", findings.Sentences), findings.ToString());
    }

    [Fact]
    public void Corpus_findings_count_the_corpus()
    {
        var findings = CorpusFindings.Of(Seed.Value);
        ThreeToSixSentences(findings);
        Assert.StartsWith($"The corpus holds {Seed.Value.Articles.Count} articles ({Seed.Value.Sentences.Count} sentences)", findings.Sentences[0]);
    }

    [Fact]
    public void Wording_findings_say_how_many_pairs_share_no_statement()
    {
        var relations = SourceRelations.Between(Seed.Value, Pairs.Value);
        var findings = WordingFindings.Of(Seed.Value, Pairs.Value, relations, Collation.Collate(Seed.Value, Pairs.Value));
        ThreeToSixSentences(findings);
        Assert.Contains($"link {relations.Count(r => r.SharedStatements > 0)} of {relations.Count} pairs of articles; {relations.Count(r => r.SharedStatements == 0)} share no statement.", findings.Sentences[0]);
    }

    [Fact]
    public void Quote_and_disagreement_findings_use_the_results()
    {
        var quotes = Quotes.Extract(Seed.Value);
        var quoteFindings = QuoteFindings.Of(quotes);
        ThreeToSixSentences(quoteFindings);
        Assert.StartsWith($"{quotes.Attributed.Count()} of {quotes.Quotes.Count} quotes are attributed", quoteFindings.Sentences[0]);

        var report = DisagreementReport.Build(Seed.Value, quotes, Pairs.Value);
        var findings = DisagreementFindings.Of(report);
        ThreeToSixSentences(findings);
        Assert.StartsWith($"The sources disagree on {report.Count} points to check", findings.Sentences[0]);
    }

    [Fact]
    public void Outlet_findings_and_their_counts_in_words()
    {
        var rows = OutletProfiles.PerEvent(Seed.Value);
        var findings = OutletFindings.Of(rows, OutletProfiles.Aggregate(rows), NumericDisagreements.Find(Seed.Value, NumericClaims.Extract(Seed.Value)));
        ThreeToSixSentences(findings);
        Assert.Equal("1 article", Findings.Count(1, "article"));
        Assert.Equal("1,200 articles", Findings.Count(1200, "article"));
        Assert.Equal("A, B and C", Findings.List(["A", "B", "C"]));
        Assert.Equal("45%", Findings.Percent(0.449));
    }
}
