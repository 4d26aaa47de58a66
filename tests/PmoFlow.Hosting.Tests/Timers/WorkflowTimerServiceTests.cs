using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Tests.Timers;

public sealed class WorkflowTimerServiceTests
{
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    [Fact]
    public async Task BackgroundService_ResumesADelay_OnlyAfterTheInjectedClockPassesIt()
    {
        var clock = new ManualClock();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["PmoFlow:Timers:PollInterval"] = "00:00:00.020" });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new WorkflowOutput(TextWriter.Null));
        builder.AddPmoFlow();
        using var app = builder.Build();
        await app.StartAsync();

        var json = """
        { "definitionId": "sla", "name": "SLA reminder", "root": { "id": "f", "type": "Elsa.Flowchart",
          "activities": [ { "id": "wait", "type": "Elsa.Delay", "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "2.00:00:00" } } },
                          { "id": "remind", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "reminder" } } } ],
          "connections": [ { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "remind", "port": "In" } } ] } }
        """;
        var definition = app.Services.GetRequiredService<IWorkflowDefinitionService>().Save(json, SaveOptions.Import).Definition!;
        var host = app.Services.GetRequiredService<IWorkflowHost>();
        var instance = await host.StartAsync(definition);

        await Task.Delay(200);
        Assert.Equal(WorkflowStatus.Suspended, (await host.FindAsync(instance.InstanceId))!.Status);

        clock.Advance(TimeSpan.FromDays(2));
        var finished = await WaitForAsync(host, instance.InstanceId, WorkflowStatus.Finished);
        Assert.Equal(WorkflowStatus.Finished, finished);
        await app.StopAsync();
    }

    [Fact]
    public void InvalidPollInterval_FailsAtStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["PmoFlow:Timers:PollInterval"] = "-00:00:01" });
        builder.AddPmoFlow();
        using var app = builder.Build();
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync().GetAwaiter().GetResult());
        Assert.Contains("PmoFlow:Timers:PollInterval", error.Message, StringComparison.Ordinal);
    }

    private static async Task<WorkflowStatus> WaitForAsync(IWorkflowHost host, string instanceId, WorkflowStatus expected)
    {
        // A functional wait for the background service, bounded; not a timing assertion.
        var status = WorkflowStatus.Running;
        for (var i = 0; i < 500 && status != expected; i++)
        {
            await Task.Delay(20);
            status = (await host.FindAsync(instanceId))!.Status;
        }
        return status;
    }
}
