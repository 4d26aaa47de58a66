using Microsoft.Extensions.Logging;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Elsa;

/// <summary>
/// Answers Elsa API calls PmoFlow does not implement with a 404 that says so, and logs each one: a Studio upgrade that
/// starts calling something new shows up in the log rather than as a silently broken panel.
/// </summary>
internal static class UnsupportedEndpoint
{
    public static void MapUnsupported(this IEndpointRouteBuilder api) =>
        api.Map("/{**path}", (HttpContext http, string? path, ILoggerFactory loggers) =>
        {
            loggers.CreateLogger(typeof(UnsupportedEndpoint)).ElsaEndpointUnsupported(http.Request.Method, "/" + path, http.Request.QueryString.Value ?? "");
            return Problems.Result(Problems.NotFound("path", $"PmoFlow does not implement the Elsa endpoint {http.Request.Method} /elsa/api/{path}."));
        }).ExcludeFromDescription();
}
