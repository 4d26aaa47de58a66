using PmoFlow.Core.Approvals;
using PmoFlow.Core.Services;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Cli.Pmo;

/// <summary>One service in full: what <c>pmoflow service show</c> prints.</summary>
/// <param name="Service">The service and its gate in brief.</param>
/// <param name="History">Every step it entered, oldest first.</param>
/// <param name="LatestGateEvaluation">The latest evaluation of the gate it waits at, with its clauses; null while the step waits on something else first.</param>
/// <param name="PendingApprovals">Decisions it waits for.</param>
/// <param name="Waivers">Waivers granted on its gates.</param>
internal sealed record ServiceDetail(ServiceView Service, IReadOnlyList<StepTransition> History, GateEvaluationView? LatestGateEvaluation,
    IReadOnlyList<Approval> PendingApprovals, IReadOnlyList<Waiver> Waivers);
