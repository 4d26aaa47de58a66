namespace PmoFlow.Server.Common;

/// <summary>Who the audit trail records for a request.</summary>
internal static class Actor
{
    /// <summary>The name of the key (or browser session's key) behind the request; <c>api</c> only for a request without one, which no write accepts.</summary>
    public static string Of(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "api";
}
