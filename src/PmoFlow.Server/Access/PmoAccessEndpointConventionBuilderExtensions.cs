using Microsoft.AspNetCore.Authorization;
using PmoFlow.Core.Access;
using PmoFlow.Server.Access;

namespace PmoFlow.Server;

/// <summary>
/// Puts PmoFlow's access rules on endpoints and route groups. Every endpoint should carry one: one the server maps
/// without any still needs a valid key (the fallback policy), but any role may then call it.
/// </summary>
/// <example>
/// A new admin feature, reads open to every role and changes to admins only:
/// <code>
/// var rules = api.MapGroup("/rules").RequirePmoRoleForChanges(PmoRole.Admin);
/// rules.MapGet("", ListAsync);               // any role
/// rules.MapPost("/{id}/reload", ReloadAsync); // admin
/// </code>
/// Or per endpoint: <c>MapGet(...).RequirePmoRead()</c>, <c>MapPost(...).RequirePmoRole(PmoRole.Admin)</c>.
/// </example>
public static class PmoAccessEndpointConventionBuilderExtensions
{
    /// <summary>Any valid key or browser session may call it: every role reads.</summary>
    public static TBuilder RequirePmoRead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PmoPolicies.Read);

    /// <summary>Only keys of <paramref name="role"/> may call it (for <see cref="PmoRole.Viewer"/>: any key, since every role reads).</summary>
    public static TBuilder RequirePmoRole<TBuilder>(this TBuilder builder, PmoRole role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PmoPolicies.For(role));

    /// <summary>
    /// For a group whose changes all belong to one role: GET and HEAD endpoints get <see cref="PmoPolicies.Read"/>,
    /// every other method <paramref name="role"/>'s policy. An endpoint that states its own rule
    /// (<see cref="RequirePmoRole{TBuilder}"/>, <c>AllowAnonymous</c>) keeps it.
    /// </summary>
    public static TBuilder RequirePmoRoleForChanges<TBuilder>(this TBuilder builder, PmoRole role) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var change = PmoPolicies.For(role);
        // Finally: runs after the endpoint's own conventions, so it sees its methods and any rule it states itself.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous)) return;
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            var reads = methods is { Count: > 0 } && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            endpoint.Metadata.Add(new AuthorizeAttribute(reads ? PmoPolicies.Read : change));
        });
        return builder;
    }
}
