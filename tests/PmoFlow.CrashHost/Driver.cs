using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Hosting;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.CrashHost;

/// <summary>
/// Posts, for every service, the data its current gate needs, as a user would, until every service is in
/// Service Monitoring; then prints DONE and exits. Every write is idempotent (fixed ids), so after a kill the
/// next process simply carries on.
/// </summary>
internal sealed class Driver(IServiceProvider services, IPmoStore store, IPmoEngine engine, TimeProvider clock, DriverOptions options, IHostApplicationLifetime lifetime) : BackgroundService
{
    // With the data the driver posts, a service passes gate 6-7 (its KPI is observed) and rests at gate 7-8.
    public const FlywheelStep Target = FlywheelStep.ServiceMonitoring;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.StartPmoFlowAsync(stoppingToken);
        await Ignore(() => store.AddCustomerAsync(new PmoCustomer("execs", "Executive committee", "executives", 1m), "driver"));
        var ids = Enumerable.Range(1, options.Services).Select(i => $"svc-{i:000}").ToList();
        Console.WriteLine("READY");
        while (!stoppingToken.IsCancellationRequested)
        {
            var remaining = 0;
            foreach (var id in ids)
            {
                var service = await store.FindServiceAsync(id, stoppingToken);
                if (service is null)
                {
                    var now = clock.GetUtcNow();
                    await Ignore(() => engine.CreateServiceAsync(new PmoService(id, $"Service {id}", "crash test", "Sponsor", ["execs"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "driver"));
                    remaining++;
                    continue;
                }
                if (service.Step == Target) continue;
                remaining++;
                await FeedAsync(service);
                await engine.ProcessServiceAsync(id, stoppingToken);
            }
            if (remaining == 0) break;
        }
        Console.WriteLine("DONE");
        lifetime.StopApplication();
    }

    private async Task FeedAsync(PmoService service)
    {
        var id = service.Id;
        var now = clock.GetUtcNow();
        switch (service.Step)
        {
            case FlywheelStep.NeedsAssessment:
                for (var i = 0; i < 3; i++) await Ignore(() => store.AddSurveyResponseAsync(new SurveyResponse($"{id}-needs-{i}", id, "executives", 4, 8, now, null), "driver"));
                break;
            case FlywheelStep.ValueProposition:
                await Ignore(() => store.AddKpiAsync(new Kpi($"{id}-kpi", id, "onboarded-users", "users", GoodDirection.HigherIsBetter, 0, 60, new DateOnly(2027, 6, 30), "Owner"), "driver"));
                foreach (var approval in await store.ListApprovalsAsync(new ApprovalFilter(id, Status: ApprovalStatus.Pending)))
                    await Ignore(() => store.DecideApprovalAsync(approval.Id, ApprovalStatus.Approved, "Sponsor", null, now));
                break;
            case FlywheelStep.ServiceDevelopment:
                await Ignore(() => store.AddBenefitAsync(new Benefit($"{id}-benefit", id, "Time saved", BenefitCategory.NonCashable, "Business owner", [new BenefitPeriod("2027-Q1", 10_000m, null)], null, null, null), "driver"));
                break;
            case FlywheelStep.ServiceOnboarding:
                await Ignore(() => store.AddObservationAsync(new Observation($"{id}-onboarded", $"{id}-kpi", 50, "users", now, "driver", null), "driver"));
                for (var i = 0; i < 3; i++) await Ignore(() => store.AddSurveyResponseAsync(new SurveyResponse($"{id}-csat-{i}", id, "executives", 5, 9, now, null), "driver"));
                break;
        }
    }

    /// <summary>A write that already happened before a kill is refused as a duplicate; that is the point of fixed ids.</summary>
    private static async Task Ignore(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (PmoDataException ex) when (!ex.IsNotFound)
        {
        }
    }
}
