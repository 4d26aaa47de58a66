using GateFormat = PmoFlow.Abstractions.Rules.Text;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class GateFormatTests
{
    [Theory]
    [InlineData("0", "$0")]
    [InlineData("950", "$950")]
    [InlineData("240000", "$240k")]
    [InlineData("2500", "$2.5k")]
    [InlineData("1200000", "$1.2M")]
    [InlineData("2000000", "$2M")]
    [InlineData("999960", "$1M")]
    [InlineData("-40000", "-$40k")]
    public void Money_ReadsLikeAnExecutiveReport(string amount, string expected) =>
        Assert.Equal(expected, GateFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Shortfall_RoundsUpSoTheAmountIsEnough() => Assert.Equal("$239.1k", GateFormat.Shortfall(239_001m));

    [Theory]
    [InlineData("0.58", "58%")]
    [InlineData("0.5833", "58%")]
    [InlineData("0.6999", "69%")]
    [InlineData("1.25", "125%")]
    public void Percent_RoundsDownSoAMissIsNeverShownAsAHit(string share, string expected) =>
        Assert.Equal(expected, GateFormat.Percent(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ThresholdPercent_KeepsOneDecimal() => Assert.Equal("72.5%", GateFormat.ThresholdPercent(0.725m));
}
