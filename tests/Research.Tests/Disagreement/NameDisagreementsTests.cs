namespace Research.Tests.DisagreementTests;

using Research;

/// <summary>Name variants only between mentions of one entity (made-up sentences).</summary>
public class NameDisagreementsTests
{
    static Corpus Two(string a, string b) => Research.Corpus.FromStrings([("e/x.txt", " date 2020-03-04 " + a + "\n"), ("e/y.txt", " date 2020-03-04 " + b + "\n")]);

    [Fact]
    public void A_first_name_inside_a_name_with_an_initial_is_not_a_spelling_of_a_place()
    {
        var corpus = Two("In 2000, the Republican primaries nominated Lorene W. Bellamy, but the Democratic nominee carried the vote.",
            "His Democratic rival captured Vermont, Lorenia and Texas, the Republican count showed.");
        Assert.DoesNotContain(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "name");
    }

    [Fact]
    public void A_misspelt_name_among_the_same_names_is_a_variant()
    {
        var corpus = Two("Minister Halvard Ostrom met the Velmar delegation in Korsa on Monday.",
            "Minister Halvard Ostram met the Velmar delegation in Korsa on Monday.");
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "name");
        Assert.Equal(Disagreement.Confident, row.Confidence);
    }
}
