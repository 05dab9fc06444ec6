namespace Research.Tests.DisagreementTests;

using Research;

public class NumberReaderTests
{
    static List<NumericClaim> Claims(string sentence) => NumericClaims.Extract(Research.Corpus.FromString(sentence)).ToList();

    [Theory]
    [InlineData("The war killed more than 13,200 people.", "more than 13,200", 13200, double.PositiveInfinity, "deaths")]
    [InlineData("The flight time will be 7-10 minutes.", "7-10", 7, 10, "minutes")]
    [InlineData("Russia has kept tens of thousands of troops near the border.", "tens of thousands", 10000, 99999, "troops")]
    [InlineData("It was a seven-and-a-half-year war.", "seven-and-a-half-year", 7.5, 7.5, "war")]
    [InlineData("The company lost 1.5 million customers.", "1.5 million", 1500000, 1500000, "customers")]
    [InlineData("About 30 minutes passed.", "About 30", 27, 33, "minutes")]
    [InlineData("Nearly 1,000 soldiers were deployed.", "Nearly 1,000", 900, 1000, "troops")]
    [InlineData("Up to 32 people were killed.", "Up to 32", 0, 32, "deaths")]
    [InlineData("The conflict has claimed the lives of 13,000 people.", "13,000", 13000, 13000, "deaths")]
    [InlineData("Between 7 and 10 pilots flew.", "7 and 10", 7, 10, "pilots")]
    public void Reads_the_number_its_range_and_what_it_counts(string sentence, string value, double low, double high, string quantity)
    {
        var claim = Assert.Single(Claims(sentence));
        Assert.Equal(value, claim.Value);
        Assert.Equal(low, claim.Range.Low, 3);
        Assert.Equal(high, claim.Range.High, 3);
        Assert.Equal(quantity, claim.Quantity);
    }

    [Theory]
    [InlineData("Russia annexed Crimea in 2014 and backed separatists.")]
    [InlineData("They met on December 2 in Stockholm.")]
    [InlineData("The talks began at 10:30 in Geneva.")]
    [InlineData("It was the 1st meeting of the group.")]
    [InlineData("One of the officials spoke.")]
    [InlineData("The COVID-19 rules were lifted.")]
    public void Skips_years_days_times_ordinals_and_names(string sentence) => Assert.Empty(Claims(sentence));

    [Fact]
    public void Finds_who_the_sentence_says_claims_the_number()
    {
        Assert.Equal("Kiev", Claims("This conflict has killed 14,000 people, says Kiev, and is still brewing.")[0].Claimant);
        Assert.Equal("Ukraine", Claims("Ukraine says Russia has deployed more than 90,000 troops near its border.")[0].Claimant);
    }

    [Theory]
    [InlineData(13000, 13000, 1000, 13200, double.PositiveInfinity, 100, ClaimVerdict.Conflict)]
    [InlineData(14000, 14000, 1000, 13200, double.PositiveInfinity, 100, ClaimVerdict.Compatible)]
    [InlineData(13000, 13000, 1000, 14000, 14000, 1000, ClaimVerdict.Conflict)]
    [InlineData(13000, 13000, 1000, 13200, 13200, 100, ClaimVerdict.DifferentPrecision)]
    [InlineData(13200, 13200, 100, 13200, 13200, 100, ClaimVerdict.Same)]
    public void Judges_two_values_by_their_ranges(double lowA, double highA, double precisionA, double lowB, double highB, double precisionB, ClaimVerdict verdict) =>
        Assert.Equal(verdict, new ValueRange(lowA, highA, precisionA, false).Compare(new ValueRange(lowB, highB, precisionB, false)));

    [Fact]
    public void A_vague_quantity_overlapping_a_figure_is_of_different_precision() =>
        Assert.Equal(ClaimVerdict.DifferentPrecision,
            new ValueRange(10000, 99999, 10000, true).Compare(new ValueRange(90000, double.PositiveInfinity, 10000, false)));
}
