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
        Assert.Equal(
            ["The council approved the budget on Monday night", "a day later than planned by the finance office"],
            Pieces("The council approved the budget on Monday night -- a day later than planned by the finance office."));
    }

    [Fact]
    public void A_fronted_time_or_place_is_left_out_and_an_apposition_to_a_name_is_a_clause_of_its_own()
    {
        // The rest of a sentence that opens with a phrase of time or place is a clause, even with no other cut.
        Assert.Equal(["the mayor of Horta closed the old harbour for the winter"], Pieces("On December 1, the mayor of Horta closed the old harbour for the winter."));
        Assert.Equal(["the ferries will dock at the new pier", "which opened in May last year"],
            Pieces("Speaking in Horta on Monday after the council met, the ferries will dock at the new pier, which opened in May last year."));
        Assert.Empty(Pieces("On Monday, it rained."));  // too little after it
        // A year, an abbreviated region and a second phrase of time belong to the phrase; a name after it does not.
        Assert.Equal(["the mayor of Horta closed the old harbour for the winter"], Pieces("On December 1, 2015, the mayor of Horta closed the old harbour for the winter."));
        Assert.Equal(["the mayor of Horta closed the old harbour for the winter"], Pieces("Speaking in Horta, Azores, on Monday, the mayor of Horta closed the old harbour for the winter."));
        Assert.Equal(["Silva, the mayor of Horta, closed the old harbour for the winter"], Pieces("On Monday, Silva, the mayor of Horta, closed the old harbour for the winter."));
        // "At least ..." opens a subject, and a phrase longer than what it leaves is the statement: no clause is an attribution alone.
        Assert.Empty(Pieces("At least 12 people died in the fire at the harbour, local officials said on Monday."));
        Assert.Empty(Pieces("At the end of a long day of talks in the town hall of Horta, the two mayors signed it."));
        Assert.Equal(["The fishermen sailed their boats to Corvo", "a small island that lies west of Flores"],
            Pieces("The fishermen sailed their boats to Corvo, a small island that lies west of Flores."));
        // An apposition the sentence's verb follows is no clause: cut there, neither piece would say what the subject did.
        Assert.Empty(Pieces("The harbour master of Horta Joana Silva, a former captain of the ferry line, said the pier was ready."));
        Assert.Empty(Pieces("The harbour master of Horta Joana Silva, a former captain of Faial, Azores, said the pier was ready."));
    }

    [Fact]
    public void And_between_nouns_an_attribution_and_short_pieces_do_not_cut()
    {
        Assert.Empty(Pieces("The army moved troops and weapons and heavy equipment to the northern border last week."));
        Assert.Empty(Pieces("The ferry sank near the harbour of Horta on Monday, according to the port authority of the island."));
        Assert.Empty(Pieces("The mayor spoke, which was rare."));  // a piece under five words joins the one before it
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
    public void A_clause_pairs_row_gives_the_clause_that_carries_the_statement_and_other_rows_none()
    {
        var corpus = Event();
        var rows = AlignmentRow.From(corpus, SentenceAligner.Align(corpus)).ToList();
        var clause = Assert.Single(rows, r => r.Kind == SentenceAligner.ClauseKind);
        var longer = clause.DocA == "b.txt" ? (Doc: clause.DocA, Start: clause.ClauseStartA, End: clause.ClauseEndA, Other: clause.ClauseStartB)
                                            : (Doc: clause.DocB, Start: clause.ClauseStartB, End: clause.ClauseEndB, Other: clause.ClauseStartA);
        var text = corpus.TextOf(corpus.Articles.Single(a => a.File == longer.Doc)).Original;
        Assert.NotNull(longer.Start);
        Assert.Equal("The island council of Corvo approved the new harbour plan in 2029", text[longer.Start!.Value..longer.End!.Value]);
        Assert.Null(longer.Other); // the short sentence carries the statement whole
        var whole = rows.First(r => r.Kind != SentenceAligner.ClauseKind);
        Assert.Equal((null, null, null, null), (whole.ClauseStartA, whole.ClauseEndA, whole.ClauseStartB, whole.ClauseEndB));
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
        // a's sentence is word for word the first clause of b's second sentence (a better score than b's first sentence
        // gets as a whole), but a whole-sentence partner in that article comes first.
        var corpus = Research.Corpus.FromStrings([
            ("a.txt", " date 2031-04-02\nHarbour News\n\nThe island council of Corvo approved the new harbour plan in 2029.\n"),
            ("b.txt", " date 2031-04-02\nCorvo Today\n\nThe island council of Corvo approved the new harbour plan in 2029 after a long debate.\n\nThe island council of Corvo approved the new harbour plan in 2029 and raised the mooring fees for visiting yachts, which angered the owners of the marina bars.\n"),
        ]);
        var pairs = SentenceAligner.Align(corpus);
        var fromA = pairs.Where(p => p.ArticleA == "a" && corpus.SentencesOf("a")[p.SentenceA].Text.StartsWith("The island", StringComparison.Ordinal)).ToList();
        var single = Assert.Single(fromA);
        Assert.Equal("one-to-one", single.Kind);
        Assert.EndsWith("after a long debate.", corpus.SentencesOf("b")[single.SentenceB].Text);
    }

    [Fact]
    public void A_whole_sentence_set_against_a_clause_does_not_differ_by_its_period()
    {
        var pair = Assert.Single(SentenceAligner.Align(Event()), p => p.Kind == SentenceAligner.ClauseKind);
        Assert.Empty(pair.Differences);
        Assert.Null(pair.ClauseA);   // a's whole sentence
        Assert.NotNull(pair.ClauseB); // b's first clause
    }

    [Fact]
    public void A_sentence_whose_two_clauses_match_two_sources_does_not_join_them_into_one_passage()
    {
        var corpus = Research.Corpus.FromStrings([
            ("a.txt", " date 2031-04-02\nHarbour News\n\nThe island council of Corvo approved the new harbour plan in 2029 and raised the mooring fees for visiting yachts to forty euros a night, which angered the owners of the marina bars on the western quay.\n"),
            ("b.txt", " date 2031-04-02\nCorvo Today\n\nThe island council of Corvo approved the new harbour plan in 2029.\n"),
            ("c.txt", " date 2031-04-02\nAzores Daily\n\nThe council raised the mooring fees for visiting yachts to forty euros a night.\n"),
        ]);
        var alignments = SentenceAligner.Align(corpus);
        Assert.Equal(2, alignments.Count(p => p.Kind == SentenceAligner.ClauseKind));
        var passages = Collation.Collate(corpus, alignments);
        Assert.DoesNotContain(passages, p => p.Readings.Any(r => r.Article == "b") && p.Readings.Any(r => r.Article == "c"));
        // a is a reading of both passages, each time the clause that carries the statement.
        var readingsOfA = passages.SelectMany(p => p.Readings).Where(r => r.Article == "a").Select(r => r.Text).ToList();
        Assert.Equal(2, readingsOfA.Count);
        Assert.Contains("The island council of Corvo approved the new harbour plan in 2029", readingsOfA);
        Assert.Contains("raised the mooring fees for visiting yachts to forty euros a night", readingsOfA);
    }

    [Fact]
    public void Degenerate_sentences_are_not_cut()
    {
        Assert.Empty(Pieces(""));
        Assert.Empty(Pieces(";;;; - ; - ;"));
        Assert.Empty(Pieces("and offered support"));
        Assert.Empty(Pieces(string.Join(", which ", Enumerable.Repeat("the council approved the plan for the harbour", 40)) + "."));  // over MaxTokens
        Assert.Empty(Pieces(string.Join("; ", Enumerable.Repeat("the council approved the plan", 12)) + "."));  // more than MaxClauses
        Assert.Equal(2, Pieces("and offered support to the fishermen of the coast; the ferries will dock at the new pier").Count);
    }
}
