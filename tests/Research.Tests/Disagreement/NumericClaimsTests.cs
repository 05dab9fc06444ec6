namespace Research.Tests.DisagreementTests;

using Research;

public class NumericClaimsTests
{
    static IReadOnlyList<NumericClaim> Claims(string text) => NumericClaims.Extract(Research.Corpus.FromString(text));

    [Fact]
    public void A_measurement_restated_in_other_units_is_one_claim()
    {
        var claims = Claims("The well was about 40 metres deep (131 feet) and the rocket flew 3,700 kilometers (2,300 miles).\n");
        Assert.Equal(["about 40", "3,700"], claims.Select(c => c.Value));
    }

    [Fact]
    public void A_time_of_day_is_not_a_count()
    {
        var claims = Claims("The missile was fired at 5:58 a.m. local time and flew for 19 minutes.\n");
        Assert.Equal(["19"], claims.Select(c => c.Value));
    }

    [Fact]
    public void A_number_in_brackets_that_restates_nothing_is_still_a_claim() =>
        Assert.Contains(Claims("Officials said (12 people were hurt) the bridge held.\n"), c => c.Value == "12");
}
