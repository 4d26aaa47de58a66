using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class FaultTests
{
    [Fact]
    public async Task FaultActivity_FaultsTheInstance_NamingTheActivityAndMessage()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("fault", [WriteLine("A", "A"), Activity("boom", "Elsa.Fault", ("message", Literal("Benefit register is missing")))],
            Connect("A", "boom")));
        Assert.Equal(WorkflowStatus.Faulted, state.Status);
        Assert.Equal(["A"], host.Lines);
        Assert.Equal(("boom", "Elsa.Fault", "Benefit register is missing"), (state.Fault!.ActivityId, state.Fault.ActivityType, state.Fault.Message));
    }

    [Fact]
    public async Task UnknownActivityType_IsKept_AndFaultsOnlyWhenItRuns()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("unknown", [WriteLine("A", "A"), Activity("x", "Acme.Unknown")], Connect("A", "x")));
        Assert.Equal(WorkflowStatus.Faulted, state.Status);
        Assert.Equal("Activity type 'Acme.Unknown' is not registered: load the plugin or import the workflow that provides it.", state.Fault!.Message);
    }

    [Fact]
    public async Task BadLiteral_FaultsWithTheInputName()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("bad", [Activity("wait", "Elsa.Delay", ("timeSpan", Literal("soon", "TimeSpan")))]));
        Assert.Equal(WorkflowStatus.Faulted, state.Status);
        Assert.StartsWith("input 'TimeSpan': cannot convert soon to TimeSpan", state.Fault!.Message, StringComparison.Ordinal);
    }
}
