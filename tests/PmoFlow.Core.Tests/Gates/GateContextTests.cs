namespace PmoFlow.Core.Tests.Gates;

public sealed class GateContextTests
{
    [Fact]
    public void Latest_WithTwoValuesObservedAtTheSameMoment_IsTheOneRecordedLater()
    {
        var context = GateSnapshot.For("gate-5-6").Kpi("onboarded-users").Observe("onboarded-users", 30, daysAgo: 1).Observe("onboarded-users", 45, daysAgo: 1).Build();
        Assert.Equal(45, context.Latest("onboarded-users")!.Value);
    }

    [Fact]
    public void Latest_IsTheMostRecentObservation()
    {
        var context = GateSnapshot.For("gate-5-6").Kpi("onboarded-users").Observe("onboarded-users", 50, daysAgo: 1).Observe("onboarded-users", 20, daysAgo: 5).Build();
        Assert.Equal(50, context.Latest("onboarded-users")!.Value);
    }
}
