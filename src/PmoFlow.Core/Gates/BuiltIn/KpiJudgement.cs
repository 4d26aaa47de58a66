using PmoFlow.Core.Kpis;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>Where a targeted KPI stands for gate 8→9: its last two observations, on target, moving the right way.</summary>
/// <param name="Kpi">The KPI.</param>
/// <param name="Latest">Its latest observation, if any.</param>
/// <param name="Previous">The one before, if any.</param>
/// <param name="OnTarget">Whether the latest meets the target in the KPI's good direction.</param>
/// <param name="Improving">Whether the latest is better than the previous.</param>
internal sealed record KpiJudgement(Kpi Kpi, Observation? Latest, Observation? Previous, bool OnTarget, bool Improving);
