namespace PmoFlow.Server;

/// <summary>The PMO API's middleware.</summary>
public static class PmoFlowApiApplicationExtensions
{
    /// <summary>Adds the exception handler (bad input as problem details, never a 500) and problem details for bare status codes.</summary>
    public static WebApplication UsePmoFlowApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
