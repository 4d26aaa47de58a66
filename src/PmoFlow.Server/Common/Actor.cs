namespace PmoFlow.Server.Common;

/// <summary>Who the audit trail records for a request.</summary>
internal static class Actor
{
    /// <summary>The authenticated user's name, or <c>api</c> while the API runs without authentication.</summary>
    public static string Of(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "api";
}
