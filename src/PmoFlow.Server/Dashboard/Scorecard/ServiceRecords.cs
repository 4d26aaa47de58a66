using PmoFlow.Core.Benefits;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>One service and the records its part of the scorecard is computed from.</summary>
/// <param name="Service">The service.</param>
/// <param name="Gate">The evaluation of the gate it waits at, made since it entered its step; null when there is none yet.</param>
/// <param name="Benefits">Its benefits.</param>
/// <param name="Kpis">Its KPIs.</param>
/// <param name="Observations">Observations of those KPIs, oldest first.</param>
/// <param name="Surveys">Survey responses about it, oldest first.</param>
/// <param name="PendingApprovals">How many decisions it waits for.</param>
internal sealed record ServiceRecords(PmoService Service, GateEvaluation? Gate, IReadOnlyList<Benefit> Benefits, IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<Observation> Observations, IReadOnlyList<SurveyResponse> Surveys, int PendingApprovals = 0)
{
    public GateState GateState => GateStates.Of(Gate, PendingApprovals);
}
