namespace Research.Tests.WordingTests;

using Research;

/// <summary>Clauses and the same-statement match by part (fixtures written here).</summary>
public class PartMatchTests
{
    static StatementText Text(string s) => new(Typography.Normalize(s));

    static readonly string[] Filler =
    [
        "The council approved the budget for the coming year after a long debate.",
        "Heavy rain flooded several roads in the north of the region on Monday.",
        "The club signed a new striker from a rival team for an undisclosed fee.",
        "Shares in the carmaker rose after it reported higher sales in Asia.",
        "The museum will reopen its east wing to visitors next spring.",
    ];

    static SameStatement Model(params string[] sentences) => SameStatement.From(sentences.Concat(Filler).Select(s => Text(s).Terms));

    static double ByPart(SameStatement model, string a, string b)
    {
        var (na, nb) = (Typography.Normalize(a), Typography.Normalize(b));
        return PartMatch.Score(model, Text(a), PartMatch.Parts(na), Text(b), PartMatch.Parts(nb));
    }

    [Fact]
    public void A_sentence_is_cut_at_commas_and_clause_words_and_short_pieces_join_their_neighbour()
    {
        var clauses = Clauses.Of(Typography.Normalize(
            "On Monday, the harbour board warned ferry operators against raising fares this winter, saying that passengers could not pay more."));
        // "warned" is a speech verb of quote-cues.tsv: it opens a clause.
        Assert.Equal(["On Monday, the harbour board", "warned ferry operators against raising fares this winter", "saying that passengers could not pay more."], clauses);
        Assert.Single(Clauses.Of("The bridge will stay closed."));
    }

    [Fact]
    public void A_long_sentence_matches_by_the_clause_it_shares_and_not_by_names_or_speaker_words_alone()
    {
        const string shortOne = "The harbour board warned ferry operators against raising fares this winter.";
        const string longOne = "On Monday the harbour board warned ferry operators against raising their fares this winter, saying that this was a line it would not let them cross and that any rise would be met with new licence rules.";
        const string sameNames = "The harbour board chairman Tom Avery, a former Dunmore mayor, said the new terminal would open in May.";
        const string sameSpeaker = "Dunmore, the harbour board chairman said, was a quiet port with few visitors in winter.";
        var model = Model(shortOne, longOne, sameNames, sameSpeaker);
        Assert.False(model.Same(Text(shortOne), Text(longOne)));
        Assert.True(ByPart(model, shortOne, longOne) >= PartMatch.Threshold);
        Assert.True(ByPart(model, shortOne, sameNames) < PartMatch.Threshold);
        Assert.True(ByPart(model, sameNames, sameSpeaker) < PartMatch.Threshold);
    }

    [Fact]
    public void The_aligner_adds_a_pair_by_part_after_the_whole_pairs()
    {
        var a = "The harbour board warned ferry operators against raising fares this winter. Heavy rain flooded several roads in the north of the region on Monday.";
        var b = "On Monday the harbour board warned ferry operators against raising their fares this winter, saying that this was a line it would not let them cross and that any rise would be met with new licence rules. Heavy rain flooded several roads in the north of the region on Monday.";
        var pairs = SentenceAligner.Align(Research.Corpus.FromStrings([("a.txt", a), ("b.txt", b)]));
        Assert.Equal(2, pairs.Count);
        Assert.Contains(pairs, p => p.SentenceA == 0 && p.SentenceB == 0);
        Assert.Contains(pairs, p => p.SentenceA == 1 && p.SentenceB == 1 && p.Score > 0.9);
    }
}
