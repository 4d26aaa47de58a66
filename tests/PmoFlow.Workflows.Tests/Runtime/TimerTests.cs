using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class TimerTests
{
    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "TimeSpan")]
    [InlineData("Elsa.Timer", "interval", "TimeSpan")]
    public async Task TimerBookmark_ResumesOnlyWhenDue_ByTheInjectedClock(string type, string input, string typeName)
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("delay", [Activity("start", "Elsa.Start"), Activity("wait", type, (input, Literal("00:05:00", typeName))), WriteLine("after", "after")],
            Connect("start", "wait"), Connect("wait", "after")));
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(5), Assert.Single(state.Bookmarks).ResumeAt);

        host.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await host.Host.ResumeDueTimersAsync());
        Assert.Equal(WorkflowStatus.Suspended, (await host.Host.FindAsync(state.InstanceId))!.Status);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await host.Host.ResumeDueTimersAsync());
        Assert.Equal(WorkflowStatus.Finished, (await host.Host.FindAsync(state.InstanceId))!.Status);
    }

    [Fact]
    public async Task Cron_SchedulesTheNextOccurrence()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("cron", [Activity("cron", "Elsa.Cron", ("cronExpression", Literal("0 0 * * * *")))]));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), Assert.Single(state.Bookmarks).ResumeAt);
    }
}
