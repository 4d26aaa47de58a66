namespace PmoFlow.Server;

/// <summary>The PMO API's middleware.</summary>
public static class PmoFlowApiApplicationExtensions
{
    /// <summary>
    /// Adds the exception handler (bad input as problem details, never a 500), problem details for bare status codes, and
    /// authentication and authorization (a key or a browser session on every request but <c>/health</c> and <c>/login</c>).
    /// </summary>
    public static WebApplication UsePmoFlowApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
