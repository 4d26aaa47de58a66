using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PmoFlow.Core.Access;
using PmoFlow.Server.Access;

namespace PmoFlow.Server.Tests.Access;

/// <summary>
/// The helper for feature groups whose changes all belong to one role (rules, plugins): reads get the read policy,
/// other methods the role's, and an endpoint that states its own rule keeps it.
/// </summary>
public sealed class RoleForChangesConventionTests
{
    [Fact]
    public async Task Group_GivesReadsTheReadPolicy_ChangesTheRoles_AndKeepsEndpointsOwnRules()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        var rules = app.MapGroup("/api/rules").RequirePmoRoleForChanges(PmoRole.Admin);
        rules.MapGet("", () => "list");
        rules.MapPost("/{id}/reload", (string id) => id);
        rules.MapDelete("/{id}", (string id) => id);
        rules.MapGet("/{id}/source", (string id) => id).RequirePmoRole(PmoRole.Architect);
        rules.MapGet("/status", () => "up").AllowAnonymous();

        var policies = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToDictionary(
            e => $"{e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText!.TrimEnd('/')}",
            e => string.Join(",", e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)));

        Assert.Equal(PmoPolicies.Read, policies["GET /api/rules"]);
        Assert.Equal(PmoPolicies.Admin, policies["POST /api/rules/{id}/reload"]);
        Assert.Equal(PmoPolicies.Admin, policies["DELETE /api/rules/{id}"]);
        Assert.Equal(PmoPolicies.Architect, policies["GET /api/rules/{id}/source"]);
        Assert.Equal("", policies["GET /api/rules/status"]);
    }
}
