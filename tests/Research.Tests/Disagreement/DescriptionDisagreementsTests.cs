namespace Research.Tests.DisagreementTests;

using Research;

public class DescriptionDisagreementsTests
{
    static IReadOnlyList<Disagreement> Rows(string a, string b) =>
        DescriptionDisagreements.AsDisagreements(Research.Corpus.FromStrings([("a.txt", a), ("b.txt", b)])).ToList();

    [Fact]
    public void One_named_gathering_called_a_summit_and_a_ministerial_meeting_is_described_differently()
    {
        var row = Assert.Single(Rows(
            "The envoys met on the sidelines of a summit of the Council for Northern Trade and Shipping (CNTS) in Oslo.\n",
            "The envoys met in Oslo at a CNTS ministerial meeting on Friday.\n"));
        Assert.Equal("gathering: CNTS as meeting / summit", row.Topic);
        Assert.Equal(["summit", "ministerial meeting"], row.Sources.Select(s => s.Value));
    }

    [Fact]
    public void A_long_name_and_its_acronym_are_one_name() =>
        Assert.Single(Rows("Delegates gathered for the Council for Northern Trade and Shipping's annual conference.\n",
                           "Delegates gathered for the CNTS summit.\n"));

    [Fact]
    public void Sources_using_the_same_noun_do_not_differ() =>
        Assert.Empty(Rows("Varnian militants attacked the town.\n", "The town was attacked by Varnian militants.\n"));

    [Fact]
    public void A_noun_that_modifies_the_next_describes_nothing() =>
        Assert.Empty(Rows("Varnian war games began near the border.\n", "The Varnian conflict worried the neighbours.\n"));

    [Fact]
    public void Plain_synonyms_describe_one_thing_alike() =>
        Assert.Empty(Rows("Delegates gathered for the CNTS meeting in Oslo.\n", "Delegates gathered for the CNTS conference in Oslo.\n"));

    [Fact]
    public void Nouns_of_a_different_stance_still_differ() =>
        Assert.Single(Rows("Varnian militants attacked the town.\n", "Varnian fighters attacked the town.\n"));
}
