using PmoFlow.Core.Access;
using PmoFlow.Server.Access.Keys;
using PmoFlow.Server.Access.Sessions;
using PmoFlow.Server.Approvals;
using PmoFlow.Server.Audit;
using PmoFlow.Server.Benefits;
using PmoFlow.Server.Customers;
using PmoFlow.Server.Gates;
using PmoFlow.Server.Governance;
using PmoFlow.Server.Health;
using PmoFlow.Server.Kpis;
using PmoFlow.Server.Observations;
using PmoFlow.Server.Plugins;
using PmoFlow.Server.Rules;
using PmoFlow.Server.Services;
using PmoFlow.Server.Surveys;
using PmoFlow.Server.Value;
using PmoFlow.Server.Waivers;

namespace PmoFlow.Server;

/// <summary>Maps the PMO API.</summary>
public static class PmoFlowApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every PMO endpoint under <c>/api</c> (each with the role it needs, beside it in its feature's file), the API
    /// keys under <c>/api/keys</c> (admins), <c>/health</c> (open), the OpenAPI document at <c>/openapi/v1.json</c> (any
    /// role), and <c>/login</c>, <c>/logout</c> and <c>/</c> for browsers.
    /// </summary>
    public static IEndpointRouteBuilder MapPmoFlowApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi().RequirePmoRead();
        endpoints.MapHealthEndpoints();
        endpoints.MapLoginEndpoints();

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
        api.MapApiKeyEndpoints();
        api.MapIndustryProfileEndpoints().RequirePmoRead();
        api.MapPluginEndpoints().RequirePmoRoleForChanges(PmoRole.Admin);
        // Rule packs are an admin's; replaying a recorded decision changes nothing, so any role may (stated on those endpoints).
        api.MapRuleEndpoints().RequirePmoRoleForChanges(PmoRole.Admin);
        return endpoints;
    }
}
