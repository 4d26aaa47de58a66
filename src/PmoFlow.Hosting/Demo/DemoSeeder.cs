using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Hosting.Demo;

/// <summary>
/// Seeds a sample PMO into an empty store so a first start shows the flywheel at work: a charter, a baseline,
/// customers, and a dozen services that advanced as far as their data carried them. Does nothing when the store
/// already has services (so it never touches real data, and a restart does not seed twice).
/// </summary>
internal sealed partial class DemoSeeder(IPmoStore store, IPmoEngine engine, TimeProvider clock, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
    : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return;
        }
        if ((await store.ListServicesAsync(ServiceFilter.All, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            LogNotEmpty();
            return;
        }

        await store.SetCharterAsync(DemoCatalog.Charter, DemoWriter.Actor, cancellationToken).ConfigureAwait(false);
        await store.SetBaselineAsync(DemoCatalog.Baseline, DemoWriter.Actor, cancellationToken).ConfigureAwait(false);
        // Customers may exist without services (added through the API first); keep those as they are.
        var known = (await store.ListCustomersAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var customer in DemoCatalog.Customers.Where(c => !known.Contains(c.Id)))
            await store.AddCustomerAsync(customer, DemoWriter.Actor, cancellationToken).ConfigureAwait(false);

        var writer = new DemoWriter(store, engine, clock);
        var plans = DemoServices.All;
        foreach (var plan in plans)
        {
            var service = await DriveAsync(plan, writer, cancellationToken).ConfigureAwait(false);
            LogService(service.Id, (int)service.Step, service.Step.DisplayName(), service.Turn);
        }
        LogSeeded(plans.Count);
    }

    /// <summary>
    /// Creates the service, then posts its data one step at a time until a step's data does not move it on: that is
    /// where its story stops. The demo tells one turn, so a service that starts its second turn stops there too.
    /// </summary>
    private async Task<PmoService> DriveAsync(DemoServicePlan plan, DemoWriter writer, CancellationToken cancellationToken)
    {
        var service = await engine.CreateServiceAsync(plan.ToService(clock.GetUtcNow()), DemoWriter.Actor, cancellationToken).ConfigureAwait(false);
        while (service.Turn == 1)
        {
            var before = service.Step;
            service = await writer.PostStepAsync(plan, service, cancellationToken).ConfigureAwait(false);
            if (service.Step == before && service.Turn == 1) break;
        }
        return service;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo seed is off (PmoFlow:Demo:Enabled=false).")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo seed skipped: the store already has services.")]
    private partial void LogNotEmpty();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo service {ServiceId} stands in step {Step} {StepName} (turn {Turn}).")]
    private partial void LogService(string serviceId, int step, string stepName, int turn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo PMO: {Count} services across the flywheel. Start with --no-demo (or PmoFlow:Demo:Enabled=false) to skip it.")]
    private partial void LogSeeded(int count);
}
