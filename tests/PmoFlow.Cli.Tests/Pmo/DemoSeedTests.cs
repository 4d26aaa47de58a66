using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Tests.Support;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary>The demo PMO the server seeds on first start, seen through the store it writes to.</summary>
public sealed class DemoSeedTests
{
    [Fact]
    public async Task Seed_EmptyDatabase_ServicesStopWhereTheirDataRunsOut()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        await database.UseAsync(async services =>
        {
            var store = services.GetRequiredService<IPmoStore>();
            var byId = (await store.ListServicesAsync(ServiceFilter.All)).ToDictionary(s => s.Id, s => (s.Step, s.Turn));
            Assert.Equal(12, byId.Count);
            Assert.Equal((FlywheelStep.AwarenessBuilding, 1), byId["lessons-learned-library"]);
            Assert.Equal((FlywheelStep.NeedsAssessment, 1), byId["ppm-tool-rollout"]);
            Assert.Equal((FlywheelStep.NeedsAssessment, 2), byId["portfolio-reporting"]);
            Assert.Equal((FlywheelStep.ValueProposition, 1), byId["agile-coaching"]);
            Assert.Equal((FlywheelStep.ValueProposition, 1), byId["vendor-management-office"]);
            Assert.Equal((FlywheelStep.ServiceDevelopment, 1), byId["project-health-checks"]);
            Assert.Equal((FlywheelStep.ServiceOnboarding, 1), byId["resource-management"]);
            Assert.Equal((FlywheelStep.ServiceOperation, 1), byId["risk-management-service"]);
            Assert.Equal((FlywheelStep.ServiceMonitoring, 1), byId["pm-training-academy"]);
            Assert.Equal((FlywheelStep.ServiceImprovement, 1), byId["pm-methodology"]);
            Assert.Equal((FlywheelStep.ValueDelivery, 1), byId["benefits-realization-office"]);
            Assert.Equal((FlywheelStep.ValueRecognition, 1), byId["executive-dashboards"]);

            var charter = await store.GetCharterAsync();
            Assert.Contains("sponsor", charter.ApproversOf("gate-3-4"));
            Assert.Contains("pmo-director", charter.ApproversOf("gate-7-8"));
            Assert.Equal(3, (await store.GetBaselineAsync()).OpdMaturityStage);
            Assert.Equal(8, (await store.ListCustomersAsync()).Count);

            // Every step of a full turn is in the history, each entered through its gate.
            var history = await store.GetHistoryAsync("portfolio-reporting");
            Assert.Equal(12, history.Count);
            Assert.All(history.Skip(1), t => Assert.NotNull(t.GateEvaluationId));
        });
    }

    [Fact]
    public async Task Seed_DatabaseWithServices_DoesNothing()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        await database.UseAsync(async services =>
        {
            var store = services.GetRequiredService<IPmoStore>();
            var audit = (await store.ListAuditAsync(null)).Count;
            foreach (var task in services.GetServices<IStartupTask>()) await task.RunAsync(CancellationToken.None);
            Assert.Equal(audit, (await store.ListAuditAsync(null)).Count);
            Assert.Equal(12, (await store.ListServicesAsync(ServiceFilter.All)).Count);
        });
    }

    [Fact]
    public async Task Seed_Disabled_LeavesTheDatabaseEmpty()
    {
        using var database = PmoDatabase.Empty();
        await database.UseAsync(async services =>
        {
            foreach (var task in services.GetServices<IStartupTask>()) await task.RunAsync(CancellationToken.None);
            Assert.Empty(await services.GetRequiredService<IPmoStore>().ListServicesAsync(ServiceFilter.All));
        }, demo: false);
    }
}
