using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PmoFlow.Core.Engine;

namespace PmoFlow.Server.Tests.Support;

/// <summary>JSON over the test client, reading answers as <see cref="JsonElement"/> so tests assert on the wire format itself.</summary>
internal static class HttpJson
{
    public static Task<JsonElement> GetOkAsync(this HttpClient client, string url) => client.ExpectAsync(HttpMethod.Get, url, null, HttpStatusCode.OK);

    public static Task<JsonElement> PostCreatedAsync(this HttpClient client, string url, object body) => client.ExpectAsync(HttpMethod.Post, url, body, HttpStatusCode.Created);

    public static Task<JsonElement> PostOkAsync(this HttpClient client, string url, object body) => client.ExpectAsync(HttpMethod.Post, url, body, HttpStatusCode.OK);

    public static Task<JsonElement> PutOkAsync(this HttpClient client, string url, object body) => client.ExpectAsync(HttpMethod.Put, url, body, HttpStatusCode.OK);

    /// <summary>Sends <paramref name="body"/> (an object, or a string sent as raw JSON text) and asserts the status, showing the answer when it differs.</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is string raw) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body, options: PmoJson.Options);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {text}");
        if (!expected.Equals(HttpStatusCode.OK) && !expected.Equals(HttpStatusCode.Created))
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Strings(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The fields a problem's <c>errors</c> names.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(p => p.Name)] : [];
}
