using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;

namespace PmoFlow.Cli.Pmo;

/// <summary>Which gate evaluation describes where a service stands: the server's rule, applied to the local store.</summary>
internal static class CurrentGate
{
    /// <summary>
    /// The latest evaluation of the gate leaving the service's step, made since it entered that step; null while the
    /// step waits on something else first. An older gate's Ready would read as if the service could advance now.
    /// </summary>
    public static async Task<GateEvaluation?> FindAsync(IPmoStore store, PmoService service, CancellationToken cancellationToken)
    {
        var evaluations = await store.ListGateEvaluationsAsync(service.Id, service.Step.GateFrom(), cancellationToken).ConfigureAwait(false);
        return evaluations.Where(e => e.Turn == service.Turn && e.EvaluatedAt >= service.StepEnteredAt).MaxBy(e => e.EvaluatedAt);
    }

    /// <summary>The service as the CLI shows it.</summary>
    public static ServiceView View(PmoService s, GateEvaluation? gate) =>
        new(s.Id, s.Name, s.Description, s.Sponsor, s.CustomerIds, s.Step, s.Turn, s.StepEnteredAt, s.TargetUsers, s.CreatedAt,
            gate is null ? null : GateEvaluationView.From(gate).ToSummary());

    /// <summary>The pending approvals of one service's current step.</summary>
    public static IReadOnlyList<Approval> PendingFor(ServiceView service, IEnumerable<Approval> pending) =>
        pending.Where(a => a.ServiceId == service.Id && a.Status == ApprovalStatus.Pending && a.RequestedAt >= service.StepEnteredAt).ToList();
}
