using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;

namespace PmoFlow.Persistence.Pmo;

/// <summary>What the store returns before anyone has set the charter, the baseline or the thresholds.</summary>
internal static class PmoDefaults
{
    public static PmoCharter Charter { get; } = new(
        new Mandate("PMO services across the portfolio", "executive leadership"),
        [
            new DecisionRight("sponsor", ["gate-3-4", "gate-10-1"], CanApprove: true, CanWaive: false),
            new DecisionRight("pmo-director", ["*"], CanApprove: true, CanWaive: true),
        ],
        []);

    public static OrganizationalBaseline Baseline { get; } = new([], "not assessed", OpdMaturityStage: 2, "not assessed", "general");

    public static GateThresholds Thresholds { get; } = new();
}
