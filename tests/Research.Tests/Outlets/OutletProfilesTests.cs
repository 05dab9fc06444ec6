namespace Research.Tests.OutletsTests;

using Research;

public class OutletProfilesTests
{
    [Fact]
    public void An_articles_speakers_are_each_named_once_and_top_speakers_count_articles()
    {
        var seed = Research.Corpus.Load(RepoPaths.Seed);
        var rows = OutletProfiles.PerEvent(seed);
        var quotes = Quotes.Extract(seed);
        Assert.Contains(rows, r => r.Speakers.Count > 0);
        foreach (var row in rows)
        {
            Assert.Equal(row.Speakers.Distinct().Count(), row.Speakers.Count);
            var quoted = quotes.Attributed.Where(q => q.Article == row.Article).Select(q => q.Speaker).OfType<string>().ToHashSet();
            Assert.True(quoted.SetEquals(row.Speakers), $"{row.Article}: every quoted speaker listed");
        }
        var profile = OutletProfiles.Aggregate(rows).First(p => p.TopSpeakers.Length > 0);
        var first = profile.TopSpeakers.Split(", ")[0];
        var name = first[..first.LastIndexOf(" (", StringComparison.Ordinal)];
        Assert.EndsWith($"({rows.Count(r => r.Outlet == profile.Outlet && r.Speakers.Contains(name))})", first);
    }
}
