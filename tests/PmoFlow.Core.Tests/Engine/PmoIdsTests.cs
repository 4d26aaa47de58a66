using PmoFlow.Core.Engine;

namespace PmoFlow.Core.Tests.Engine;

public sealed class PmoIdsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Ids_AreHexOfTheUsualLength_AndOrderedByTheirTime()
    {
        var earlier = PmoIds.New(T0);
        var later = PmoIds.New(T0.AddMilliseconds(1));

        Assert.Matches("^[0-9a-f]{32}$", earlier);
        Assert.NotEqual(earlier, PmoIds.New(T0));
        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }

    [Fact]
    public void Ids_ForATimeBefore1970_AreStillIds()
    {
        Assert.Matches("^[0-9a-f]{32}$", PmoIds.New(default));
        Assert.NotEqual(PmoIds.New(default), PmoIds.New(default));
    }
}
