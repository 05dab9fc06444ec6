namespace Research.Tests.DisagreementTests;

using Research;

public class CoverageDisagreementsTests
{
    static readonly Research.Corpus Seed = Research.Corpus.Load(RepoPaths.Seed);
    static readonly IReadOnlyList<Passage> Passages = Collation.Collate(Seed, SentenceAligner.Align(Seed));

    [Fact]
    public void An_omitted_row_names_the_sources_that_leave_the_statement_out_not_those_that_carry_it()
    {
        var omissions = CoverageDisagreements.AsDisagreements(Seed, Passages).ToList();
        Assert.NotEmpty(omissions);
        foreach (var d in omissions)
        {
            var passage = Passages.Single(p => p.Event == d.Event && d.Topic.Contains(p.Readings[0].Text[..Math.Min(60, p.Readings[0].Text.Length)]));
            var carriers = passage.Readings.Select(r => r.Article).ToHashSet();
            var leavers = Seed.ArticlesIn(d.Event).Where(a => !carriers.Contains(a.Id)).Select(a => a.Id).ToList();
            Assert.Equal(leavers, d.Sources.Select(s => s.Article));
            Assert.All(d.Sources, s => Assert.Equal(CoverageDisagreements.LeftOut, s.Value));
            Assert.All(d.Sources, s => Assert.All(passage.Readings, r => Assert.Contains(r.Outlet, s.Note)));
            Assert.StartsWith("left out by " + string.Join(", ", d.Sources.Select(s => s.Outlet)), d.Explanation);
        }
        Assert.All(DisagreementReport.Rows(omissions), r => Assert.Equal("omitted", r.Verdict));
    }
}
