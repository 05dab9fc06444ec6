namespace Research.Tests.WordingTests;

using Research;

/// <summary>The aligner on events larger than one range of sentences, and on events of one article (issue 15, linear cost).</summary>
public class AlignerScaleTests
{
    static readonly string[] Places = ["Kyiv", "Moscow", "Vienna", "Geneva", "Warsaw", "Minsk", "Riga", "Tallinn", "Vilnius", "Prague", "Berlin", "Paris", "Rome"];
    static readonly string[] Bodies = ["committee", "council", "assembly", "ministry", "delegation", "commission", "tribunal"];

    static string Report(IEnumerable<int> order) =>
        " date 2021-12-02\nTalks Go On\n\n" + string.Concat(order.Select(i =>
            $"The {Bodies[i % Bodies.Length]} in {Places[i % Places.Length]} approved measure {i} after {i % 11 + 2} hours of talks.\n\n"));

    [Fact]
    public void Two_copies_of_a_long_report_align_sentence_for_sentence_whatever_their_order()
    {
        const int n = 1100;  // more sentences than one range of the parallel scoring (2,048)
        var shuffled = Enumerable.Range(0, n).OrderBy(i => (i * 7919) % n).ToList();
        var corpus = Research.Corpus.FromStrings([("a.txt", Report(Enumerable.Range(0, n))), ("b.txt", Report(shuffled))]);
        var pairs = SentenceAligner.Align(corpus);
        Assert.Equal(n + 1, pairs.Count);                    // every sentence, and the headlines
        Assert.All(pairs, p => Assert.Equal(
            corpus.SentencesOf(p.ArticleA)[p.SentenceA].Text,
            corpus.SentencesOf(p.ArticleB)[p.SentenceB].Text));
        static object Row(AlignedPair p) => (p.ArticleA, p.SentenceA, p.ArticleB, p.SentenceB, p.SentenceBLast, p.Kind, p.Score);
        Assert.Equal(pairs.Select(Row), SentenceAligner.Align(corpus).Select(Row));   // the same rows, in the same order, run after run
    }

    [Fact]
    public void An_event_of_one_article_has_nothing_to_align()
    {
        var text = Report(Enumerable.Range(0, 50));
        Assert.Empty(SentenceAligner.Align(Research.Corpus.FromString(text + text)));
        Assert.NotEmpty(SentenceAligner.Align(Research.Corpus.FromStrings([("a.txt", text), ("b.txt", text)])));
    }
}
