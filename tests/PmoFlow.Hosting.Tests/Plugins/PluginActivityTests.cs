using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Tests.Support;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Leases;
using PmoFlow.Tests.Plugins;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Tests.Plugins;

/// <summary>Plugin activities in workflows: they run, each instance keeps the plugin version it started with, and a throwing one hurts only its instance.</summary>
public sealed class PluginActivityTests
{
    [Fact]
    public async Task Instance_KeepsThePluginVersionItStartedWith_AcrossAReload_AndLetsItGoWhenItEnds()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        var host = pmo.Get<IWorkflowHost>();
        var leases = pmo.Get<IPluginLeases>();
        var catalog = pmo.Get<IPluginCatalog>();
        var definition = pmo.Get<IWorkflowDefinitionService>().Import(FixtureWorkflows.GreetTwice);
        using var output = new StringWriter();

        var early = await host.StartAsync(definition, new StartWorkflowOptions { Output = output });
        Assert.Equal(WorkflowStatus.Suspended, early.Status);
        var pin = Assert.Single(leases.ListPins());
        Assert.Equal((early.InstanceId, FixturePlugins.GoodId, "1.0.0", 1), (pin.InstanceId, pin.PluginId, pin.Version, pin.Generation));

        plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        await catalog.ReloadAsync(FixturePlugins.GoodId);
        var late = await host.StartAsync(definition, new StartWorkflowOptions { Output = output });

        var versions = catalog.Find(FixturePlugins.GoodId)!.Versions;
        Assert.Equal([late.InstanceId], versions.Single(v => v.Version == "2.0.0").PinnedInstances);
        Assert.Equal([early.InstanceId], versions.Single(v => v.Version == "1.0.0").PinnedInstances);
        Assert.Equal(PluginVersionState.Draining, versions.Single(v => v.Version == "1.0.0").State);

        // The early instance finishes on version 1, the late one on version 2; each lets its pin go.
        foreach (var instance in new[] { early, late })
            await host.ResumeAsync(instance.InstanceId, instance.Bookmarks.Single().Id, output: output);
        Assert.Equal(
            ["Hello first from v1.0.0", "Hello first from v2.0.0", "Hello second from v1.0.0", "Hello second from v2.0.0"],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Empty(leases.ListPins());
        Assert.Equal(WorkflowStatus.Finished, (await host.FindAsync(early.InstanceId))!.Status);

        // Nothing holds version 1 any more: it unloads and its load context is collected.
        await WaitForAsync(() => catalog.Find(FixturePlugins.GoodId)!.Versions.Single(v => v.Version == "1.0.0").State == PluginVersionState.Unloaded);
    }

    [Fact]
    public async Task ThrowingPluginActivity_FaultsItsInstanceAndPlugin_WhileTheHostKeepsServing()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        var host = pmo.Get<IWorkflowHost>();
        var definitions = pmo.Get<IWorkflowDefinitionService>();

        var faulted = await host.StartAsync(definitions.Import(FixtureWorkflows.Boom));

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal("Plugin 'fixture-good' 1.0.0 faulted: activity Fixture.Boom threw System.InvalidOperationException: Boom from the fixture.",
            faulted.Fault!.Message[..faulted.Fault.Message.IndexOf(" (", StringComparison.Ordinal)]);
        var info = pmo.Get<IPluginCatalog>().Find(FixturePlugins.GoodId)!;
        Assert.Equal(PluginState.Faulted, info.State);
        Assert.Empty(pmo.Get<IPluginLeases>().ListPins());

        // Workflows without the plugin run, and the flywheel engine still turns services.
        Assert.Equal(WorkflowStatus.Finished, (await host.StartAsync(definitions.Import(FixtureWorkflows.Hello), new StartWorkflowOptions { Output = TextWriter.Null })).Status);
        await pmo.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
        var now = pmo.Clock.GetUtcNow();
        var service = await pmo.Engine.CreateServiceAsync(new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");
        Assert.Equal(FlywheelStep.NeedsAssessment, service.Step);
    }

    [Fact]
    public async Task Restart_PinsTheInstancesStillWaiting_ToThePluginsLoadedNow()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        var database = Path.Combine(Path.GetTempPath(), $"pmoflow-pins-{Guid.NewGuid():N}.db");
        try
        {
            string waiting;
            await using (var before = await PluginPmo.StartAsync(plugins, database))
            {
                var definition = before.Get<IWorkflowDefinitionService>().Import(FixtureWorkflows.GreetTwice);
                waiting = (await before.Get<IWorkflowHost>().StartAsync(definition, new StartWorkflowOptions { Output = TextWriter.Null })).InstanceId;
                await before.Get<IWorkflowHost>().StartAsync(before.Get<IWorkflowDefinitionService>().Import(FixtureWorkflows.Hello), new StartWorkflowOptions { Output = TextWriter.Null });
            }

            await using var after = await PluginPmo.StartAsync(plugins, database);

            var pin = Assert.Single(after.Get<IPluginLeases>().ListPins());
            Assert.Equal((waiting, FixturePlugins.GoodId, "1.0.0"), (pin.InstanceId, pin.PluginId, pin.Version));
        }
        finally
        {
            PmoTestServices.DeleteDatabase(database);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var attempt = 0; !condition(); attempt++)
        {
            if (attempt > 600) throw new TimeoutException("the plugin version did not unload");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }
    }
}
