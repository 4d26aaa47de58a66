using PmoFlow.Core.Approvals;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>Everything the service page shows: where the service stands and the records that are the evidence behind the scorecard.</summary>
internal sealed record ServicePageData(PmoService Service, IReadOnlyList<PmoCustomer> Customers, GateEvaluation? Gate, IReadOnlyList<StepTransition> History,
    IReadOnlyList<Approval> PendingApprovals, IReadOnlyList<Waiver> Waivers, IReadOnlyList<Benefit> Benefits, IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<Observation> Observations, IReadOnlyList<SurveyResponse> Surveys, IReadOnlyList<ValueStatement> ValueStatements);
