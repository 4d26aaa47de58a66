using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Tests.Dashboard.Summary;

/// <summary>Money as an executive summary says it, and as a record shows it.</summary>
public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("0", "$0")]
    [InlineData("950", "$950")]
    [InlineData("999.5", "$1000")]
    [InlineData("1000", "$1k")]
    [InlineData("12500", "$12.5k")]
    [InlineData("240000", "$240k")]
    [InlineData("999960", "$1M")]
    [InlineData("2100000", "$2.1M")]
    [InlineData("2149999", "$2.1M")]
    [InlineData("2150000", "$2.2M")]
    [InlineData("1250000000", "$1.3B")]
    [InlineData("-80000", "-$80k")]
    public void Format_RoundsToOneDecimalOfTheUnit(string amount, string expected) =>
        Assert.Equal(expected, MoneyText.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("80000", "$80,000")]
    [InlineData("1234.5", "$1,234.5")]
    [InlineData("-20", "-$20")]
    public void Exact_ShowsTheRecordedAmount(string amount, string expected) =>
        Assert.Equal(expected, MoneyText.Exact(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
