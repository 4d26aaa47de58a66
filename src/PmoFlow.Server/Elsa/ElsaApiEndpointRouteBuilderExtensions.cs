using PmoFlow.Server.Elsa;
using PmoFlow.Server.Elsa.Definitions;
using PmoFlow.Server.Elsa.Descriptors;
using PmoFlow.Server.Elsa.Runtime;

namespace PmoFlow.Server;

/// <summary>Maps the Elsa-compatible API the Studio talks to.</summary>
public static class ElsaApiEndpointRouteBuilderExtensions
{
    /// <summary>The path the API lives under, as in Elsa.</summary>
    public const string Prefix = "/elsa/api";

    /// <summary>
    /// Maps the Elsa 3 API under <c>/elsa/api</c>, backed by PmoFlow's definition store, validator and activity registry.
    /// Reads and writes are separate route groups so a role requirement can be put on each (the server: any role
    /// reads, architects write).
    /// </summary>
    public static ElsaApiRouteGroups MapElsaApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix).WithTags("Elsa");
        var reads = api.MapGroup("");
        var writes = api.MapGroup("");

        reads.MapServerInfoReads();
        reads.MapDescriptorReads();
        reads.MapDefinitionReads();
        writes.MapDefinitionWrites();
        writes.MapBulkDefinitionWrites();
        // Answers only 404s, whatever the method: a read, so any role learns that PmoFlow lacks the endpoint.
        reads.MapUnsupported();
        return new ElsaApiRouteGroups(reads, writes);
    }
}
