using System.Text.Json.Nodes;

namespace PmoFlow.Server.Elsa.Runtime;

/// <summary>What the Studio asks about the server before anything else: its Elsa version and which optional modules it has.</summary>
internal static class ServerInfoEndpoints
{
    /// <summary>The Elsa server version PmoFlow answers as: the API shape it implements.</summary>
    public const string ElsaPackageVersion = "3.8.0";

    public static void MapServerInfoReads(this IEndpointRouteBuilder reads)
    {
        reads.MapGet("/package/version", () => ElsaJson.Ok(new JsonObject { ["packageVersion"] = ElsaPackageVersion }))
            .WithName("ElsaGetPackageVersion").WithSummary("The Elsa API version PmoFlow implements");
        // No optional Elsa modules (HTTP activities, alterations, resilience...): the Studio hides what needs them. A 404 on one means "off".
        reads.MapGet("/features/installed", () => ElsaJson.List(Array.Empty<JsonObject>()))
            .WithName("ElsaListInstalledFeatures").WithSummary("The optional Elsa modules installed: none");
        reads.MapGet("/features/installed/{fullName}", (string fullName) => TypedResults.NotFound())
            .WithName("ElsaGetInstalledFeature").WithSummary("404: the module is not installed");
    }
}
