namespace Research.Tests;

using Research;

/// <summary>Who a pronoun or role stands for: gender agreement, someone new introduced with "a", bodies that are not "he".</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void She_is_not_the_man_named_last()
    {
        var set = QuoteFixture.Extract("Governor Maria Lopez spoke after John Hartley, the committee chair.\n\n“We are ready,” she said.\n");
        Assert.Equal("Maria Lopez", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void He_is_not_the_woman_named_last()
    {
        var set = QuoteFixture.Extract("Senator Paul Ostrow met Ms. Dana Whitcombe on Monday.\n\n“Nothing was agreed,” he said.\n");
        Assert.Equal("Paul Ostrow", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void A_role_introduced_with_a_is_someone_new()
    {
        var set = QuoteFixture.Extract("Campaign strategist Ray Tolland predicted a close race.\n\n“It is over,” said a Republican strategist who asked not to be named.\n");
        Assert.Equal("Republican strategist", Assert.Single(set.Quotes).Speaker);
    }

    [Fact]
    public void He_is_not_an_organisation()
    {
        var set = QuoteFixture.Extract("Press secretary Owen Marsh spoke after the Justice Department said it would appeal.\n\n“We will see,” he said.\n");
        Assert.Equal("Owen Marsh", Assert.Single(set.Quotes).Speaker);
    }

    [Theory]
    [InlineData("“We will vote,” said Sen. Tamsin Ware of Vermont.", "Tamsin Ware")]
    [InlineData("“It is unlikely,” Karl Dorn of the Lakeside Institute for Policy Studies wrote.", "Karl Dorn")]
    public void A_name_then_of_a_place_or_body_is_the_person(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(QuoteFixture.Extract(body + "\n").Quotes).Speaker);
}
