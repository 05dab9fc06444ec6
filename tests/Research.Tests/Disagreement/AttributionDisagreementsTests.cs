namespace Research.Tests.DisagreementTests;

using Research;

public class AttributionDisagreementsTests
{
    [Theory]
    [InlineData("Tom Reed", "Thomas Reed", true)]
    [InlineData("José Ortega", "Jose Ortega", true)]
    [InlineData("Katherine Mallory", "Katharine Mallory", true)]
    [InlineData("Tom Reed", "Anna Reed", false)]
    [InlineData("Tom Reed", "Tom Hale", false)]
    [InlineData("Reed", "Hale", false)]
    [InlineData("Reed", "Tom Reed", true)]
    [InlineData("Tom Reed", "Reed", true)]
    public void Name_forms_of_one_person_are_one_speaker(string a, string b, bool one) =>
        Assert.Equal(one, AttributionDisagreements.OnePerson([a, b]));

    static Corpus Two(string a, string b) => Research.Corpus.FromStrings([("e/x.txt", " date 2020-03-04 " + a + "\n"), ("e/y.txt", " date 2020-03-04 " + b + "\n")]);

    [Fact]
    public void Two_people_credited_with_one_quote_by_name_are_a_confident_conflict()
    {
        var corpus = Two("\"The harbour will stay closed until the storm has passed,\" Mayor Ellen Varga told reporters.",
            "\"The harbour will stay closed until the storm has passed,\" said port director Martin Kovac.");
        var rows = DisagreementReport.Build(corpus, DisagreementView.All).Where(d => d.Kind == "attribution").ToList();
        Assert.Equal(Disagreement.Confident, Assert.Single(rows).Confidence);
    }

    [Fact]
    public void The_person_interviewed_is_not_a_rival_speaker()
    {
        var corpus = Two("\"The harbour will stay closed until the storm has passed,\" Mayor Ellen Varga told reporters.",
            "\"The harbour will stay closed until the storm has passed,\" the mayor said in an interview with Martin Kovac.");
        Assert.DoesNotContain(DisagreementReport.Build(corpus), d => d.Kind == "attribution" && d.Verdict == "conflict");
    }
    [Fact]
    public void Two_people_credited_with_a_phrase_of_a_few_words_are_only_a_candidate()
    {
        var corpus = Two("\"The harbour crew showed gross negligence,\" Mayor Ellen Varga told reporters.",
            "The port lawyers say it was \"gross negligence,\" port director Martin Kovac said.");
        Assert.DoesNotContain(DisagreementReport.Build(corpus), d => d.Kind == "attribution" && d.Verdict == "conflict");
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "attribution");
        Assert.Contains("only the phrase", row.Basis);
    }

    // Both below depend on whom the quote analysis resolves the speaker to; they check what the row says when it is so.
    [Fact]
    public void A_courtesy_title_that_disagrees_with_the_person_resolved_is_a_doubt()
    {
        var corpus = Two("Former mayor Bill Varga toured the port with Ellen Varga. \"The harbour will stay closed until the storm has passed,\" Mrs. Varga told reporters.",
            "\"The harbour will stay closed until the storm has passed,\" said port director Martin Kovac.");
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "attribution");
        Assert.True(row.Sources.All(s => s.Value != "Bill Varga") || row.Confidence == Disagreement.Candidate && row.Basis.Contains("\"Mrs. Varga\""), row.Basis);
    }

    [Fact]
    public void A_surname_alone_shared_by_two_people_of_the_article_is_a_doubt()
    {
        var corpus = Two("Bill Varga toured the port with Tom Varga. \"The harbour will stay closed until the storm has passed,\" Varga told reporters.",
            "\"The harbour will stay closed until the storm has passed,\" said port director Martin Kovac.");
        var row = Assert.Single(DisagreementReport.Build(corpus, DisagreementView.All), d => d.Kind == "attribution");
        Assert.True(row.Sources.All(s => s.Value != "Varga") || row.Confidence == Disagreement.Candidate && row.Basis.Contains("Bill Varga, Tom Varga"), row.Basis);
    }
}
