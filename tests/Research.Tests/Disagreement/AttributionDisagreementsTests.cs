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
}
