namespace PmoFlow.Server.Health;

/// <summary>The liveness probe: open, no PMO data touched, so a load balancer can call it often.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", () => TypedResults.Ok(new HealthResponse("ok")))
            .WithName("GetHealth").WithTags("Health").WithSummary("Whether the server is up").AllowAnonymous();
}

/// <summary>The probe's answer.</summary>
internal sealed record HealthResponse(string Status);
