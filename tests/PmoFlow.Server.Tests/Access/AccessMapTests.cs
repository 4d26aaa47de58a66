using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Server.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>
/// The whole access map in one place: every endpoint the server maps either is one of the few open ones or carries
/// exactly one of PmoFlow's policies, and every change is owned by the role listed here. A new endpoint fails this
/// test until someone decides who may call it (PmoAccessEndpointConventionBuilderExtensions says how).
/// </summary>
public sealed class AccessMapTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    private static readonly HashSet<string> Open = ["GET /health", "GET /login", "POST /login", "POST /logout", "GET /"];

    /// <summary>Everything that is not a read by any role.</summary>
    private static readonly Dictionary<string, string> Changes = new()
    {
        ["POST /api/services"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/evaluate"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/kpis"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/observations"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/benefits"] = PmoPolicies.GateAgent,
        ["POST /api/benefits/{benefitId}/periods"] = PmoPolicies.GateAgent,
        ["POST /api/benefits/{benefitId}/validation"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/survey-responses"] = PmoPolicies.GateAgent,
        ["POST /api/approvals/{approvalId}/decision"] = PmoPolicies.GateAgent,
        ["POST /api/services/{id}/waivers"] = PmoPolicies.GateAgent,
        ["POST /api/customers"] = PmoPolicies.GateAgent,
        ["POST /api/value-statements"] = PmoPolicies.GateAgent,
        ["PUT /api/charter"] = PmoPolicies.Admin,
        ["PUT /api/baseline"] = PmoPolicies.Admin,
        ["PUT /api/thresholds"] = PmoPolicies.Admin,
        ["GET /api/keys"] = PmoPolicies.Admin,
        ["POST /api/keys"] = PmoPolicies.Admin,
        ["GET /api/keys/{keyId}"] = PmoPolicies.Admin,
        ["POST /api/keys/{keyId}/revoke"] = PmoPolicies.Admin,
        ["POST /api/plugins/load-all"] = PmoPolicies.Admin,
        ["POST /api/rules/{name}/reload"] = PmoPolicies.Admin,
        ["POST /api/rules/whatif"] = PmoPolicies.Admin,
        ["POST /api/gate-evaluations/{id}/replay"] = PmoPolicies.Read,
        ["POST /api/gate-evaluations/{id}/reevaluate"] = PmoPolicies.Read,
        ["POST /api/plugins/{id}/load"] = PmoPolicies.Admin,
        ["POST /api/plugins/{id}/unload"] = PmoPolicies.Admin,
        ["POST /api/plugins/{id}/reload"] = PmoPolicies.Admin,
        ["POST /elsa/api/workflow-definitions"] = PmoPolicies.Architect,
        ["POST /elsa/api/workflow-definitions/{definitionId}/publish"] = PmoPolicies.Architect,
        ["POST /elsa/api/workflow-definitions/{definitionId}/retract"] = PmoPolicies.Architect,
        ["DELETE /elsa/api/workflow-definitions/{definitionId}"] = PmoPolicies.Architect,
        ["POST /elsa/api/workflow-definitions/import"] = PmoPolicies.Architect,
        ["POST /elsa/api/workflow-definitions/{definitionId}/revert/{version:int}"] = PmoPolicies.Architect,
        ["POST /elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id"] = PmoPolicies.Architect,
        ["POST /elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids"] = PmoPolicies.Architect,
        ["POST /elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids"] = PmoPolicies.Architect,
    };

    [Fact]
    public void EveryEndpoint_IsOpenOnPurpose_OrCarriesOnePmoFlowPolicy_AndEveryChangeBelongsToItsRole()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var problems = new List<string>();
        var seen = new HashSet<string>();

        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var pattern = endpoint.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : "/";
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList();
            foreach (var key in methods.Select(m => $"{m} {pattern}"))
            {
                seen.Add(key);
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                {
                    if (!Open.Contains(key)) problems.Add($"{key} is open to anyone");
                    continue;
                }
                var expected = Changes.GetValueOrDefault(key, PmoPolicies.Read);
                if (policies.Count != 1 || policies[0] != expected) problems.Add($"{key}: [{string.Join(", ", policies)}], expected {expected}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(Changes.Keys.Concat(Open).Except(seen));
    }
}
