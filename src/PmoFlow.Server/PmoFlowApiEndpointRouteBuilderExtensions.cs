using PmoFlow.Server.Approvals;
using PmoFlow.Server.Audit;
using PmoFlow.Server.Benefits;
using PmoFlow.Server.Customers;
using PmoFlow.Server.Gates;
using PmoFlow.Server.Governance;
using PmoFlow.Server.Health;
using PmoFlow.Server.Kpis;
using PmoFlow.Server.Observations;
using PmoFlow.Server.Rules;
using PmoFlow.Server.Services;
using PmoFlow.Server.Surveys;
using PmoFlow.Server.Value;
using PmoFlow.Server.Waivers;

namespace PmoFlow.Server;

/// <summary>Maps the PMO API.</summary>
public static class PmoFlowApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps every PMO endpoint under <c>/api</c>, <c>/health</c>, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapPmoFlowApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi();
        endpoints.MapHealthEndpoints();

        var api = endpoints.MapGroup("/api");
        api.MapServiceEndpoints();
        api.MapKpiEndpoints();
        api.MapObservationEndpoints();
        api.MapBenefitEndpoints();
        api.MapSurveyEndpoints();
        api.MapApprovalEndpoints();
        api.MapGateEvaluationEndpoints();
        api.MapWaiverEndpoints();
        api.MapGovernanceEndpoints();
        api.MapCustomerEndpoints();
        api.MapValueStatementEndpoints();
        api.MapAuditEndpoints();
        api.MapRuleEndpoints();
        return endpoints;
    }
}
