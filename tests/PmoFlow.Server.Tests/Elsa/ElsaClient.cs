using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>Calls the Elsa API and reads answers as JSON nodes, showing the body when the status is not the expected one.</summary>
internal static class ElsaClient
{
    public const string Api = "/elsa/api";

    public static async Task<JsonNode?> SendAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, Api + path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string path) => (await client.SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK))!.AsObject();

    public static async Task<JsonObject> PostJsonAsync(this HttpClient client, string path, JsonNode? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        (await client.SendAsync(HttpMethod.Post, path, body, expected))!.AsObject();

    /// <summary>The Studio's save body: <c>{"model": ..., "publish": ...}</c>.</summary>
    public static JsonObject Save(JsonObject model, bool publish = false) => new() { ["model"] = model, ["publish"] = publish };

    public static JsonArray Items(this JsonObject list) => list["items"]!.AsArray();
}
