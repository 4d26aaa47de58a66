using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using PmoFlow.Core.Access;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Access;

/// <summary>
/// Words a 403 for the key holder: which key, which role it has, which role the call needs. Challenges (no key, a bad
/// key) go to the schemes as usual: a 401 problem for a key, a redirect to <c>/login</c> for a page.
/// </summary>
internal sealed class PmoAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var needed = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList() ?? [];
        var what = needed.Count == 0 ? "a role it does not have" : needed.Count == PmoRoles.All.Count ? "any role" : $"role {string.Join(" or ", needed)}";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = Problems.NotPermitted(
            $"The key {KeyPrincipal.Describe(context.User)} has role {KeyPrincipal.Roles(context.User)}; {context.Request.Method} {context.Request.Path} needs {what}.");
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
