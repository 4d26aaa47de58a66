using PmoFlow.Core.Approvals;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>
/// Reads the scorecard's records through the store port. A few small reads per service: a PMO runs dozens of services,
/// not thousands, and the reads are the same ones the API makes, so there is no second query path to keep in step.
/// </summary>
internal sealed class ScorecardReader(IPmoStore store, ServiceViews views)
{
    public async Task<ScorecardData> LoadAsync(CancellationToken cancellationToken)
    {
        var services = await store.ListServicesAsync(ServiceFilter.All, cancellationToken);
        var pending = (await store.ListApprovalsAsync(new ApprovalFilter(Status: ApprovalStatus.Pending), cancellationToken))
            .CountBy(a => a.ServiceId, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var records = new List<ServiceRecords>(services.Count);
        foreach (var service in services)
        {
            records.Add(new ServiceRecords(service,
                await views.CurrentGateAsync(service, cancellationToken),
                await store.ListBenefitsAsync(service.Id, cancellationToken),
                await store.ListKpisAsync(service.Id, cancellationToken),
                await store.ListObservationsAsync(service.Id, cancellationToken),
                await store.ListSurveyResponsesAsync(service.Id, cancellationToken),
                pending.GetValueOrDefault(service.Id)));
        }
        return new ScorecardData(records, await store.GetThresholdsAsync(cancellationToken), await store.ListValueStatementsAsync(null, cancellationToken));
    }
}
