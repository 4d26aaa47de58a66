using PmoFlow.Core.Approvals;
using PmoFlow.Core.Services;
using PmoFlow.Core.Waivers;
using PmoFlow.Server.Gates;

namespace PmoFlow.Server.Services;

/// <summary>One service in full: the service view plus its step history, its current gate's evaluation, pending approvals and waivers.</summary>
internal sealed record ServiceDetailView : ServiceView
{
    public ServiceDetailView(ServiceView view, IReadOnlyList<StepTransition> history, GateEvaluationView? latestGateEvaluation,
        IReadOnlyList<Approval> pendingApprovals, IReadOnlyList<Waiver> waivers) : base(view)
    {
        History = history;
        LatestGateEvaluation = latestGateEvaluation;
        PendingApprovals = pendingApprovals;
        Waivers = waivers;
    }

    /// <summary>Every step the service entered, oldest first.</summary>
    public IReadOnlyList<StepTransition> History { get; init; }

    /// <summary>The latest evaluation of the gate the service waits at, with its clauses.</summary>
    public GateEvaluationView? LatestGateEvaluation { get; init; }

    /// <summary>Decisions the service waits for.</summary>
    public IReadOnlyList<Approval> PendingApprovals { get; init; }

    /// <summary>Waivers granted on the service's gates.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; }
}
