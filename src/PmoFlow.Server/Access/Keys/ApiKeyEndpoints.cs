using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Access.Keys;

/// <summary><c>/api/keys</c>: admins list, create and revoke API keys. Every endpoint here is admin-only, reads included.</summary>
internal static class ApiKeyEndpoints
{
    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder api)
    {
        // Even the list is an admin's: it says who holds keys and when they last used them.
        var keys = api.MapGroup("/keys").WithTags("API keys").RequirePmoRole(PmoRole.Admin);
        keys.MapGet("", ListAsync).WithName("ListApiKeys").WithSummary("Every API key and open browser session (never their secrets)")
            .Produces<IReadOnlyList<ApiKeyView>>();
        keys.MapPost("", CreateAsync).WithName("CreateApiKey").WithSummary("Create a key; the answer is the only time its text is shown")
            .Produces<CreatedApiKey>(StatusCodes.Status201Created).ProducesValidationProblem();
        keys.MapGet("/{keyId}", GetAsync).WithName("GetApiKey").WithSummary("One API key")
            .Produces<ApiKeyView>().ProducesProblem(StatusCodes.Status404NotFound);
        keys.MapPost("/{keyId}/revoke", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke a key and its browser sessions, effective at the next request")
            .Produces<ApiKeyView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync([FromServices] IApiKeyStore keys, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(k => ApiKeyView.From(k, now)).ToList());
    }

    private static async Task<IResult> CreateAsync([FromBody] CreateKeyRequest request, HttpContext http, [FromServices] IApiKeyStore keys, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var (name, role) = request.Validate(errors);
        if (errors.HasErrors) return errors.ToResult();
        var created = await keys.CreateAsync(name!, role!.Value, Actor.Of(http), cancellationToken);
        return TypedResults.Created($"/api/keys/{created.Info.Id}", new CreatedApiKey(created.Key, ApiKeyView.From(created.Info, clock.GetUtcNow())));
    }

    private static async Task<IResult> GetAsync(string keyId, [FromServices] IApiKeyStore keys, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(keyId, cancellationToken) ?? throw Problems.Missing("keyId", "API key", keyId);
        return TypedResults.Ok(ApiKeyView.From(key, clock.GetUtcNow()));
    }

    private static async Task<IResult> RevokeAsync(string keyId, HttpContext http, [FromServices] IApiKeyStore keys, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await keys.ListAsync(cancellationToken);
        var key = all.FirstOrDefault(k => k.Id == keyId) ?? throw Problems.Missing("keyId", "API key", keyId);
        // Over the API, an admin cannot lock every admin out; on the server's own machine `pmoflow keys` can always make a new one.
        if (key is { Role: PmoRole.Admin, SessionOf: null } && key.IsActiveAt(now) && !all.Any(k => k.Id != keyId && k is { Role: PmoRole.Admin, SessionOf: null } && k.IsActiveAt(now)))
            return Problems.Result(Problems.Conflict("keyId", $"Key '{keyId}' ({key.Name}) is the last admin key in force; create another admin key before revoking it."));
        var revoked = await keys.RevokeAsync(keyId, Actor.Of(http), cancellationToken);
        return TypedResults.Ok(ApiKeyView.From(revoked, now));
    }
}
