using PmoFlow.Core.Approvals;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>Reads one service's page through the store port; null when there is no such service.</summary>
internal sealed class ServicePageReader(IPmoStore store, ServiceViews views)
{
    public async Task<ServicePageData?> LoadAsync(string serviceId, CancellationToken cancellationToken)
    {
        if (await store.FindServiceAsync(serviceId, cancellationToken) is not { } service) return null;
        var customers = (await store.ListCustomersAsync(cancellationToken)).Where(c => service.CustomerIds.Contains(c.Id, StringComparer.Ordinal)).ToList();
        return new ServicePageData(service, customers,
            await views.CurrentGateAsync(service, cancellationToken),
            await store.GetHistoryAsync(service.Id, cancellationToken),
            await store.ListApprovalsAsync(new ApprovalFilter(ServiceId: service.Id, Status: ApprovalStatus.Pending), cancellationToken),
            await store.ListWaiversAsync(service.Id, cancellationToken),
            await store.ListBenefitsAsync(service.Id, cancellationToken),
            await store.ListKpisAsync(service.Id, cancellationToken),
            await store.ListObservationsAsync(service.Id, cancellationToken),
            await store.ListSurveyResponsesAsync(service.Id, cancellationToken),
            await store.ListValueStatementsAsync(service.Id, cancellationToken));
    }
}
