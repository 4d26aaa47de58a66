using System.Net.Http.Headers;
using System.Text.Json;
using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Engine;

namespace PmoFlow.Cli.Plugins;

/// <summary>The plugins of a running PmoFlow server, through its admin API (<c>/api/plugins</c>).</summary>
internal sealed class HttpPluginClient : IPluginClient
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);
    private readonly HttpClient _http;

    public HttpPluginClient(Uri server, string? apiKey = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        Target = server.ToString().TrimEnd('/');
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri(Target + "/");
        // An unload or reload waits for work in progress to finish (PmoFlow:Plugins:DrainTimeout).
        _http.Timeout = RequestTimeout;
        if (!string.IsNullOrEmpty(apiKey)) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(HttpPmoClient.ApiKeyScheme, apiKey);
    }

    public string Target { get; }

    public bool IsLocal => false;

    /// <summary>A client for <paramref name="url"/>, which must be an absolute http(s) URL, sending <paramref name="apiKey"/> if given.</summary>
    public static HttpPluginClient Create(string url, string? apiKey = null) =>
        new(HttpPmoClient.ServerUri(url), HttpPmoClient.CheckedKey(apiKey));

    public async Task<IReadOnlyList<PluginRow>> ListAsync(CancellationToken cancellationToken) =>
        Read<List<PluginRow>>(await SendAsync(HttpMethod.Get, "api/plugins", cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<PluginRow>> LoadAllAsync(CancellationToken cancellationToken) =>
        Read<List<PluginRow>>(await SendAsync(HttpMethod.Post, "api/plugins/load-all", cancellationToken).ConfigureAwait(false));

    public Task<PluginRow> LoadAsync(string pluginId, CancellationToken cancellationToken) => ChangeAsync(pluginId, "load", cancellationToken);

    public Task<PluginRow> UnloadAsync(string pluginId, CancellationToken cancellationToken) => ChangeAsync(pluginId, "unload", cancellationToken);

    public Task<PluginRow> ReloadAsync(string pluginId, CancellationToken cancellationToken) => ChangeAsync(pluginId, "reload", cancellationToken);

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<PluginRow> ChangeAsync(string pluginId, string action, CancellationToken cancellationToken) =>
        Read<PluginRow>(await SendAsync(HttpMethod.Post, $"api/plugins/{Uri.EscapeDataString(pluginId)}/{action}", cancellationToken).ConfigureAwait(false));

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw HttpPmoClient.Unreachable(Target, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw HttpPmoClient.TooSlow(Target, RequestTimeout, ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JsonElement json;
            try
            {
                using var document = JsonDocument.Parse(text);
                json = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new CliException($"{Target} answered {method} /{path} with {(int)response.StatusCode} {response.ReasonPhrase} and no JSON; is it a PmoFlow server?", ex);
            }
            if (response.IsSuccessStatusCode) return json;
            // The API's problems name the plugin and say what is wrong in 'detail'.
            var detail = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("detail", out var d) ? d.GetString() : null;
            throw new CliException(detail is null
                ? $"{Target} answered {method} /{path} with {(int)response.StatusCode} {response.ReasonPhrase}"
                : char.ToLowerInvariant(detail[0]) + detail[1..].TrimEnd('.'));
        }
    }

    private T Read<T>(JsonElement json) => HttpPmoClient.Read<T>(json, Target);
}
