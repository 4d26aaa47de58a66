using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Access;
using PmoFlow.Server.Access.ApiKeys;

namespace PmoFlow.Server.Access.Sessions;

/// <summary>
/// <c>/login</c> (paste a key, get a browser session) and <c>/logout</c>. Both forms carry an antiforgery token, checked
/// here rather than by the middleware so that a stale form gets the login page back instead of a bare 400.
/// </summary>
internal static class LoginEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPage.Path, Show).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(LoginPage.Path, LogInAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapPost(LoginPage.LogoutPath, LogOutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        // The root of the server is where a newcomer's browser lands: the board (or the login page, when not logged in).
        endpoints.MapGet("/", (HttpContext http) => TypedResults.Redirect($"{http.Request.PathBase}{DashboardEndpointRouteBuilderExtensions.Prefix}"))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Show(HttpContext http, string? returnUrl, [FromServices] IAntiforgery antiforgery) =>
        Page(http, antiforgery, Local(http, returnUrl), error: null, StatusCodes.Status200OK);

    private static async Task<IResult> LogInAsync(HttpContext http, [FromServices] IAntiforgery antiforgery, [FromServices] IApiKeyStore keys,
        [FromServices] IOptions<AccessOptions> options, [FromServices] TimeProvider clock)
    {
        if (!http.Request.HasFormContentType) return Page(http, antiforgery, Local(http, null), "Log in with the form on this page.", StatusCodes.Status400BadRequest);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var returnUrl = Local(http, form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(http))
            return Page(http, antiforgery, returnUrl, "The form had expired; paste the key again.", StatusCodes.Status400BadRequest);

        var key = form["key"].ToString().Trim();
        if (key.Length == 0) return Page(http, antiforgery, returnUrl, "Paste an API key.", StatusCodes.Status400BadRequest);
        var check = await keys.CheckAsync(key, http.RequestAborted);
        if (!check.IsValid) return Page(http, antiforgery, returnUrl, KeyFailures.Describe(check), StatusCodes.Status401Unauthorized);

        // Logging in again (perhaps with another key) ends the session the browser had.
        await RevokeSessionKeyAsync(http, keys);
        var expires = clock.GetUtcNow() + options.Value.SessionLifetime;
        var session = await keys.CreateSessionAsync(check.Key!, expires, http.RequestAborted);
        var properties = new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = false, AllowRefresh = false };
        properties.Items[SessionKeys.Property] = session.Key;
        await http.SignInAsync(PmoAuthenticationSchemes.Session, KeyPrincipal.Create(session.Info, PmoAuthenticationSchemes.Session), properties);
        return TypedResults.Redirect(returnUrl);
    }

    private static async Task<IResult> LogOutAsync(HttpContext http, [FromServices] IAntiforgery antiforgery, [FromServices] IApiKeyStore keys)
    {
        var login = $"{http.Request.PathBase}{LoginPage.Path}";
        // Without a session there is nothing to end; with one, only this server's own form may end it.
        if (!SessionKeys.IsBrowserSession(http)) return TypedResults.Redirect(login);
        if (!await antiforgery.IsRequestValidAsync(http)) return Page(http, antiforgery, Local(http, null), "The logout form had expired; log out again.", StatusCodes.Status400BadRequest);
        await RevokeSessionKeyAsync(http, keys);
        await http.SignOutAsync(PmoAuthenticationSchemes.Session);
        return TypedResults.Redirect(login);
    }

    /// <summary>Revokes the current browser session's key, so a copy of the cookie or of the key a page rendered stops working too.</summary>
    private static async Task RevokeSessionKeyAsync(HttpContext http, IApiKeyStore keys)
    {
        if (SessionKeys.IsBrowserSession(http) && http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } sessionKeyId)
            await keys.RevokeAsync(sessionKeyId, http.User.Identity!.Name!, http.RequestAborted);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var signedInAs = SessionKeys.IsBrowserSession(http) ? $"{http.User.Identity!.Name} ({KeyPrincipal.Roles(http.User)})" : null;
        http.Response.Headers.ContentSecurityPolicy = LoginPage.ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Content(LoginPage.Render(http.Request.PathBase, tokens, returnUrl, error, signedInAs), Html, statusCode: status);
    }

    /// <summary>A return address on this server only (a path, never <c>//host</c>), so the login page cannot send a user elsewhere.</summary>
    private static string Local(HttpContext http, string? returnUrl)
    {
        var fallback = $"{http.Request.PathBase}{DashboardEndpointRouteBuilderExtensions.Prefix}";
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/') return fallback;
        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\')) return fallback;
        return returnUrl.Any(char.IsControl) ? fallback : returnUrl;
    }
}
