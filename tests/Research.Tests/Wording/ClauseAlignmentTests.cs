namespace Research.Tests.WordingTests;

using Research;

/// <summary>A statement one source writes as a sentence of its own and another carries in a clause of a longer sentence (issue 13, translated sources).</summary>
public class ClauseAlignmentTests
{
    static List<string> Pieces(string sentence) => Clauses.Of(sentence).Select(c => sentence[c.Start..c.End]).ToList();

    [Fact]
    public void A_long_sentence_is_cut_at_relative_clauses_new_verbs_semicolons_and_dashes()
    {
        Assert.Equal(
            ["Portugal annexed the small island of Corvo in 1832", "offered support to the fishermen on the western coast", "which cost more than 400 lives"],
            Pieces("Portugal annexed the small island of Corvo in 1832 and offered support to the fishermen on the western coast, which cost more than 400 lives."));
        Assert.Equal(
            ["The mayor closed the old harbour for the winter", "the ferries will dock at the new pier in Horta instead"],
            Pieces("The mayor closed the old harbour for the winter; the ferries will dock at the new pier in Horta instead."));
        Assert.Equal(
            ["The council approved the budget on Monday night", "a day later than planned by the finance office"],
            Pieces("The council approved the budget on Monday night - a day later than planned by the finance office."));
    }

    [Fact]
    public void And_between_nouns_an_attribution_and_short_pieces_do_not_cut()
    {
        Assert.Empty(Pieces("The army moved troops and weapons and heavy equipment to the northern border last week."));
        Assert.Empty(Pieces("The ferry sank near the harbour of Horta on Monday, according to the port authority of the island."));
        Assert.Empty(Pieces("The mayor spoke, which was rare."));  // a piece under five words joins the one before it
        Assert.Empty(Pieces("Short."));
    }

    static Research.Corpus Event() => Research.Corpus.FromStrings([
        ("a.txt", " date 2031-04-02\nHarbour News\n\nThe island council of Corvo approved the new harbour plan in 2029.\n\nFishermen gathered on the quay to watch the first boats.\n"),
        ("b.txt", " date 2031-04-02\nCorvo Today\n\nThe island council of Corvo approved the new harbour plan in 2029 and raised the mooring fees for visiting yachts, which angered the owners of the marina bars.\n\nFishermen gathered on the quay to watch the first boats.\n"),
    ]);

    [Fact]
    public void A_sentence_carried_in_a_clause_of_another_source_aligns_as_a_clause_pair()
    {
        var corpus = Event();
        var pair = Assert.Single(SentenceAligner.Align(corpus), p => p.Kind == SentenceAligner.ClauseKind);
        Assert.StartsWith("The island council of Corvo approved", corpus.SentencesOf(pair.ArticleA)[pair.SentenceA].Text);
        Assert.StartsWith("The island council of Corvo approved", corpus.SentencesOf(pair.ArticleB)[pair.SentenceB].Text);
        Assert.True(pair.Score >= 0.5, $"score {pair.Score}");
        // The differences are those of the two readings of the shared statement, not the clauses only one sentence has.
        Assert.DoesNotContain(pair.Differences, d => d.Added.Contains("mooring") || d.Removed.Contains("mooring"));
    }

    [Fact]
    public void A_clause_pair_does_not_make_the_rest_of_its_two_sentences_one_fact()
    {
        var alignments = SentenceAligner.Align(Event());
        var clause = Assert.Single(alignments, p => p.Kind == SentenceAligner.ClauseKind);
        // Numbers and dates elsewhere in the two sentences may be of other things: only whole-sentence pairs are one fact.
        Assert.DoesNotContain((clause.ArticleA, clause.SentenceA, clause.ArticleB, clause.SentenceB), SameFact.AlignedSentences(alignments));
        var whole = alignments.First(p => p.Kind != SentenceAligner.ClauseKind);
        Assert.Contains((whole.ArticleA, whole.SentenceA, whole.ArticleB, whole.SentenceB), SameFact.AlignedSentences(alignments));
    }

    [Fact]
    public void A_sentence_aligned_whole_is_not_also_aligned_by_a_clause_in_the_same_article()
    {
        var corpus = Research.Corpus.FromStrings([
            ("a.txt", " date 2031-04-02\nHarbour News\n\nThe island council of Corvo approved the new harbour plan in 2029.\n"),
            ("b.txt", " date 2031-04-02\nCorvo Today\n\nThe island council of Corvo approved the new harbour plan in 2029.\n\nThe island council of Corvo approved the new harbour plan in 2029 and raised the mooring fees for visiting yachts, which angered the owners of the marina bars.\n"),
        ]);
        var pairs = SentenceAligner.Align(corpus).Where(p => p.ArticleA != p.ArticleB).ToList();
        var fromA = pairs.Where(p => corpus.Article(p.ArticleA).File == "a.txt" && corpus.SentencesOf(p.ArticleA)[p.SentenceA].Text.StartsWith("The island")).ToList();
        var single = Assert.Single(fromA);
        Assert.Equal("one-to-one", single.Kind);
    }
}
