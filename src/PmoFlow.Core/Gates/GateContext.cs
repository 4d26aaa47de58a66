using PmoFlow.Core.Approvals;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Core.Gates;

/// <summary>Everything a gate rule may read: one consistent snapshot of a service's data, and the clock.</summary>
/// <param name="Gate">The gate being evaluated.</param>
/// <param name="Service">The service.</param>
/// <param name="Customers">Its customers.</param>
/// <param name="Kpis">Its KPIs.</param>
/// <param name="Observations">Observations of those KPIs, oldest first.</param>
/// <param name="Benefits">Its benefits.</param>
/// <param name="Surveys">Survey responses about it.</param>
/// <param name="Approvals">Its approvals.</param>
/// <param name="Waivers">Its waivers.</param>
/// <param name="Charter">The PMO charter.</param>
/// <param name="Baseline">The organizational baseline.</param>
/// <param name="Thresholds">Gate thresholds in force (profile defaults, overridden by the organization).</param>
/// <param name="Now">The engine's clock.</param>
public sealed record GateContext(string Gate, PmoService Service, IReadOnlyList<PmoCustomer> Customers, IReadOnlyList<Kpi> Kpis, IReadOnlyList<Observation> Observations,
    IReadOnlyList<Benefit> Benefits, IReadOnlyList<SurveyResponse> Surveys, IReadOnlyList<Approval> Approvals, IReadOnlyList<Waiver> Waivers,
    PmoCharter Charter, OrganizationalBaseline Baseline, GateThresholds Thresholds, DateTimeOffset Now)
{
    /// <summary>Value statements published about the service (the value report that gate 10→1 looks for).</summary>
    /// <remarks>An init property rather than a positional parameter so that existing constructor calls and deconstructions keep compiling.</remarks>
    public IReadOnlyList<ValueStatement> ValueStatements { get; init; } = [];

    /// <summary>The latest observation of the KPI named <paramref name="kpiName"/>, if any.</summary>
    public Observation? Latest(string kpiName)
    {
        var kpi = Kpis.FirstOrDefault(k => string.Equals(k.Name, kpiName, StringComparison.OrdinalIgnoreCase));
        // Observations come oldest first with ties in recording order, so the last is the latest and, for two
        // values observed at the same moment, the one recorded later (a correction).
        return kpi is null ? null : Observations.Where(o => o.KpiId == kpi.Id).OrderBy(o => o.ObservedAt).LastOrDefault();
    }

    /// <summary>The active waiver of this gate, if any.</summary>
    public Waiver? ActiveWaiver => Waivers.Where(w => w.Gate == Gate && w.IsActive(Now)).MaxBy(w => w.GrantedAt);

    /// <summary>The latest approval asked for at this gate in the current turn, if any.</summary>
    public Approval? LatestApproval => Approvals.Where(a => a.Gate == Gate && a.RequestedAt >= Service.StepEnteredAt).MaxBy(a => a.RequestedAt);
}
