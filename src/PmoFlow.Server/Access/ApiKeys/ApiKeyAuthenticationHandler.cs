using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PmoFlow.Core.Access;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Access.ApiKeys;

/// <summary>
/// The <c>ApiKey</c> scheme: reads the key from <c>Authorization: ApiKey</c> or <c>X-Api-Key</c> and checks it in the key
/// store on every request (no cache, so a revocation takes effect on the next request). A refusal is a 401 problem
/// with <c>WWW-Authenticate: ApiKey</c> saying what was wrong with the key, if one was sent.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiKeyStore keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey.Read(Request);
        if (presented.Problem is { } problem) return AuthenticateResult.Fail(problem);
        if (presented.Key is not { } key) return AuthenticateResult.NoResult();

        var check = await keys.CheckAsync(key, Context.RequestAborted);
        if (!check.IsValid) return AuthenticateResult.Fail(KeyFailures.Describe(check));
        return AuthenticateResult.Success(new AuthenticationTicket(KeyPrincipal.Create(check.Key!, Scheme.Name), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = $"{PresentedKey.Scheme} realm=\"PmoFlow\"";
        var problem = Problems.Unauthenticated(result.Failure?.Message ?? KeyFailures.Missing);
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = Problems.NotPermitted($"The key {KeyPrincipal.Describe(Context.User)} (role {KeyPrincipal.Roles(Context.User)}) may not {Request.Method} {Request.Path}.");
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }
}
