using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PmoFlow.Server.Rules;

namespace PmoFlow.Server.Tests.Rules;

/// <summary>The rule endpoints come back as one route group, so the host can guard them all with one policy.</summary>
public sealed class RuleRouteGroupTests
{
    [Fact]
    public async Task MapRuleEndpoints_PolicyOnTheReturnedGroup_ReachesEveryRuleEndpoint()
    {
        var app = WebApplication.CreateBuilder().Build();
        await using (app)
        {
            app.MapGroup("/api").MapRuleEndpoints().RequireAuthorization("admin");

            var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

            Assert.Equal(["/api/rules", "/api/rules/{name}/reload", "/api/rules/whatif", "/api/gate-evaluations/{id}/replay", "/api/gate-evaluations/{id}/reevaluate"],
                endpoints.Select(e => e.RoutePattern.RawText));
            Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "admin"));
        }
    }
}
