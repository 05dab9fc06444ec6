namespace Research.Tests;

using Research;

/// <summary>A statement credited by one source to a person and by another to the lawyer or spokesperson who issued it is one statement, not two claimants.</summary>
public sealed class OnBehalfTests
{
    const string Quote = "“I have done nothing wrong and I expect to be cleared of every charge,”";

    [Theory]
    [InlineData("said Mary Jones, Smith's lawyer.")]
    [InlineData("said Smith’s longtime spokeswoman, Mary Jones.")]
    [InlineData("said Mary Jones, a lawyer for Sen. John Smith.")]
    [InlineData("said a spokesperson for Smith, Mary Jones.")]
    [InlineData("said Mary Jones, who represents Smith.")]
    [InlineData("said Smith attorney Mary Jones.")]
    public void A_person_and_the_one_the_articles_say_speaks_for_them_are_compatible(string attribution)
    {
        var set = QuoteFixture.Extract(
            ("a.txt", $"Senator John Smith denied the charges.\n\n{Quote} Smith said in a statement.\n"),
            ("b.txt", $"Senator John Smith faces an inquiry.\n\n{Quote} {attribution}\n"));
        var row = Assert.Single(set.Misattributions);
        Assert.Equal("on-behalf", row.Kind);
        Assert.Equal(["John Smith", "Mary Jones"], row.Speakers);
    }

    [Fact]
    public void The_lawyer_of_someone_else_is_still_a_rival_claimant()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", $"Senator John Smith denied the charges.\n\n{Quote} Smith said in a statement.\n"),
            ("b.txt", $"Senator John Smith faces an inquiry from Ann Lee.\n\n{Quote} said Mary Jones, Lee's lawyer.\n"));
        Assert.Equal("different-speakers", Assert.Single(set.Misattributions).Kind);
    }

    [Fact]
    public void An_on_behalf_statement_is_a_compatible_disagreement_that_names_who_speaks_for_whom()
    {
        var corpus = Corpus.FromStrings([
            ("a.txt", QuoteFixture.Headline + $"Senator John Smith denied the charges.\n\n{Quote} Smith said in a statement.\n"),
            ("b.txt", QuoteFixture.Headline + $"Senator John Smith faces an inquiry.\n\n{Quote} said Mary Jones, Smith's lawyer.\n")]);
        var row = Assert.Single(AttributionDisagreements.AsDisagreements(corpus, Quotes.Extract(corpus)));
        Assert.Equal("compatible", row.Verdict);
        Assert.Contains("Mary Jones, who the articles say speaks for John Smith", row.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mary Jones criticised Smith's lawyer on Monday.", false)]
    [InlineData("Smith's lawyer attacked Mary Jones on Monday.", false)]
    [InlineData("Mary Jones, who sued Smith's lawyer, spoke.", false)]
    [InlineData("Smith, who spoke through his attorney, Mary Jones, denied it.", true)]
    [InlineData("Smith stayed home. Spokeswoman for Smith, Mary Jones, said so.", true)]
    public void Only_words_that_make_one_speak_for_the_other_count(string text, bool speaksFor) =>
        Assert.Equal(speaksFor, OnBehalf.SpeaksFor([text], "Mary Jones", "John Smith"));
}
