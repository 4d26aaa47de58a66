using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Engine;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Services;

/// <summary>Finds services for the endpoints, re-evaluates them after a write, and shapes them as the API shows them.</summary>
internal sealed class ServiceViews(IPmoStore store, IPmoEngine engine)
{
    /// <summary>The service, or a 404 naming <c>serviceId</c>.</summary>
    public async Task<PmoService> RequireAsync(string serviceId, CancellationToken cancellationToken) =>
        await store.FindServiceAsync(serviceId, cancellationToken) ?? throw Problems.Missing("serviceId", "service", serviceId);

    /// <summary>Lets the engine act on what just changed, and returns the service as it stands afterwards.</summary>
    public async Task<ServiceView> ReevaluateAsync(string serviceId, CancellationToken cancellationToken) =>
        await ViewAsync(await engine.ProcessServiceAsync(serviceId, cancellationToken), cancellationToken);

    /// <summary>The service with the latest evaluation of the gate it now waits at.</summary>
    public async Task<ServiceView> ViewAsync(PmoService service, CancellationToken cancellationToken) =>
        ServiceView.From(service, await CurrentGateAsync(service, cancellationToken));

    /// <summary>
    /// The latest evaluation of the gate leaving the service's step, made since it entered that step; null while
    /// the step waits on something else first (an approval, a survey). The previous gate's evaluation is left out on
    /// purpose: its Ready would read as if the service could advance now.
    /// </summary>
    public async Task<GateEvaluation?> CurrentGateAsync(PmoService service, CancellationToken cancellationToken)
    {
        var evaluations = await store.ListGateEvaluationsAsync(service.Id, service.Step.GateFrom(), cancellationToken);
        return evaluations.Where(e => e.Turn == service.Turn && e.EvaluatedAt >= service.StepEnteredAt).MaxBy(e => e.EvaluatedAt);
    }
}
