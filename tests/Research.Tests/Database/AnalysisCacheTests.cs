namespace Research.Tests.Database;

using Research;

public sealed class AnalysisCacheTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-cache-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static Research.Corpus Two(string secondText) => Research.Corpus.FromStrings([
        ("a.txt", " date 2021-12-02 The war has killed 14,000 people, says Kiev.\n"),
        ("b.txt", secondText),
    ]);

    [Fact]
    public void Serves_cached_rows_until_an_article_changes()
    {
        var path = Path.Combine(folder, "cache.db");
        var calls = 0;
        IEnumerable<NumericClaim> Claims(Research.Corpus c) { calls++; return NumericClaims.Extract(c); }

        using (var cache = new AnalysisCache(path))
        {
            var first = cache.PerEvent(Two(" date 2021-12-02 The war has killed 13,000 people.\n"), "claims", Claims);
            Assert.Equal(2, first.Count);
        }
        using (var cache = new AnalysisCache(path))
        {
            var again = cache.PerEvent(Two(" date 2021-12-02 The war has killed 13,000 people.\n"), "claims", Claims);
            Assert.Equal((1, 0, 1), (calls, cache.Misses, cache.Hits));
            Assert.Equal(13000, again[1].Range.Low);
            var changed = cache.PerEvent(Two(" date 2021-12-02 The war has killed 12,000 people.\n"), "claims", Claims);
            Assert.Equal((2, 12000.0), (calls, changed[1].Range.Low));
        }
    }
}
