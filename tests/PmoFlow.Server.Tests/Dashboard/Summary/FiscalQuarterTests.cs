using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Tests.Dashboard.Summary;

/// <summary>Which benefit periods name a quarter, and which are left unplaced rather than guessed.</summary>
public sealed class FiscalQuarterTests
{
    [Theory]
    [InlineData("2026-Q1", 2026, 1)]
    [InlineData("2026-q4", 2026, 4)]
    [InlineData("2026 Q2", 2026, 2)]
    [InlineData("2026Q3", 2026, 3)]
    [InlineData("Q2 2026", 2026, 2)]
    [InlineData(" 2026-Q2 ", 2026, 2)]
    [InlineData("2026-01", 2026, 1)]
    [InlineData("2026-06", 2026, 2)]
    [InlineData("2026-12", 2026, 4)]
    public void Place_ReadsQuartersAndMonths(string period, int year, int quarter) =>
        Assert.Equal(new FiscalQuarter(year, quarter), FiscalQuarter.Place(period));

    [Theory]
    [InlineData("FY2026")]
    [InlineData("2026-H1")]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("2026")]
    [InlineData("")]
    public void Place_LeavesOtherPeriodsUnplaced(string period) => Assert.Null(FiscalQuarter.Place(period));

    [Fact]
    public void Quarters_OrderAcrossYears()
    {
        Assert.True(new FiscalQuarter(2025, 4) < new FiscalQuarter(2026, 1));
        Assert.Equal(new FiscalQuarter(2025, 4), new FiscalQuarter(2026, 1).Previous);
        Assert.Equal("2026-Q3", FiscalQuarter.Of(new DateOnly(2026, 9, 30)).Label);
    }
}
