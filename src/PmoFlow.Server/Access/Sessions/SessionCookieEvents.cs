using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PmoFlow.Core.Access;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Access.Sessions;

/// <summary>
/// Checks a browser session on every request against the key store: a session whose key was revoked (logout, or its
/// key revoked by an admin) or has expired is dropped at once and the browser is sent to <c>/login</c>.
/// </summary>
internal sealed class SessionCookieEvents(IApiKeyStore keys, IProblemDetailsService problems) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.Properties.Items.TryGetValue(SessionKeys.Property, out var k) ? k : null;
        var check = key is null ? null : await keys.CheckAsync(key, context.HttpContext.RequestAborted);
        if (check is { IsValid: true }) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(PmoAuthenticationSchemes.Session);
    }

    // Every role reads every page, so this is never expected; if a page ever needs more, say so rather than redirect in a loop.
    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = Problems.NotPermitted($"The session of {KeyPrincipal.Describe(context.HttpContext.User)} may not open {context.Request.Path}.");
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
    }
}
