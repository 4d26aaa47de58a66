using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PmoFlow.Server.Elsa;

/// <summary>
/// The JSON the Elsa API speaks: Elsa's own web defaults (camelCase, enums as strings). Kept apart from the PMO API's
/// options so a change there can never alter what the Studio reads.
/// </summary>
internal static class ElsaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A 200 with <paramref name="value"/> written in Elsa's JSON.</summary>
    public static IResult Ok(object value) => TypedResults.Json(value, Options);

    /// <summary>Elsa's list envelope: <c>{"items":[...],"count":n}</c>.</summary>
    public static IResult List<T>(IReadOnlyCollection<T> items) => Ok(new ListResponse<T>(items, items.Count));

    /// <summary>Reads a request body as a JSON object, keeping every field (the Studio sends more than PmoFlow models).</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0) return null;
        var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        return node as JsonObject;
    }

    private sealed record ListResponse<T>(IReadOnlyCollection<T> Items, int Count);
}
