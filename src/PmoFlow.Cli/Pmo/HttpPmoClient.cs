using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PmoFlow.Core.Access;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Services;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Cli.Pmo;

/// <summary>The PMO commands against a running PmoFlow server, through its REST API (<c>/api</c>).</summary>
internal sealed partial class HttpPmoClient : IPmoClient
{
    /// <summary>The Authorization scheme the server reads keys from (the one Elsa Studio uses).</summary>
    public const string ApiKeyScheme = "ApiKey";


    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;

    /// <param name="server">The server's address.</param>
    /// <param name="apiKey">The key every request carries as <c>Authorization: ApiKey</c>; null sends none (the server then answers 401).</param>
    /// <param name="handler">A handler to send through instead of the network (tests).</param>
    public HttpPmoClient(Uri server, string? apiKey = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        Target = server.ToString().TrimEnd('/');
        HasKey = !string.IsNullOrEmpty(apiKey);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri(Target + "/");
        _http.Timeout = RequestTimeout;
        if (HasKey) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(ApiKeyScheme, apiKey);
    }

    public string Target { get; }

    /// <summary>Whether requests carry a key.</summary>
    public bool HasKey { get; }

    /// <summary>A client for <paramref name="url"/>, which must be an absolute http(s) URL, sending <paramref name="apiKey"/> if given.</summary>
    public static HttpPmoClient Create(string url, string? apiKey = null) => new(ServerUri(url), CheckedKey(apiKey));

    /// <summary><paramref name="url"/> as the <c>--server</c> address; it must be an absolute http(s) URL.</summary>
    public static Uri ServerUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliException($"--server: '{url}' is not an absolute http(s) URL (such as http://localhost:5000)");

    /// <summary><paramref name="apiKey"/> trimmed, or an error when it cannot be a key (empty, spaces, control characters).</summary>
    public static string? CheckedKey(string? apiKey)
    {
        var key = apiKey?.Trim();
        if (key is not null && (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            throw new CliException("--api-key: the key is empty or has spaces in it; PmoFlow keys look like pmo_<id>_<secret>");
        return key;
    }

    /// <summary>The message for a server that does not answer, worded the same by every command.</summary>
    public static CliException Unreachable(string target, Exception exception) =>
        new($"cannot reach the PmoFlow server at {target} ({exception.Message}). Is it running? Start it with: dotnet run --project src/PmoFlow.Server", exception);

    /// <summary>The message for a server that answers too slowly.</summary>
    public static CliException TooSlow(string target, TimeSpan timeout, Exception exception) =>
        new($"the PmoFlow server at {target} did not answer within {timeout.TotalSeconds:0} seconds", exception);

    public async Task<ServiceView> CreateServiceAsync(NewService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var body = new { service.Id, service.Name, service.Description, service.Sponsor, service.CustomerIds, service.TargetUsers };
        return Read<ServiceView>(await SendAsync(HttpMethod.Post, "api/services", body, null, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<ServiceView>> ListServicesAsync(FlywheelStep? step, CustomerExperienceStage? stage, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (step is { } s) query.Add("step=" + ((int)s).ToString(CultureInfo.InvariantCulture));
        if (stage is { } g) query.Add("stage=" + g);
        var path = "api/services" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
        return Read<List<ServiceView>>(await SendAsync(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ServiceDetail> GetServiceAsync(string serviceId, CancellationToken cancellationToken)
    {
        // The server's detail view is the service view with the extras beside its fields, at the top level.
        var json = await SendAsync(HttpMethod.Get, $"api/services/{Escape(serviceId)}", null, serviceId, cancellationToken).ConfigureAwait(false);
        return new ServiceDetail(Read<ServiceView>(json), Read<List<StepTransition>>(Property(json, "history")),
            Property(json, "latestGateEvaluation") is { ValueKind: JsonValueKind.Object } gate ? Read<GateEvaluationView>(gate) : null,
            Read<List<Approval>>(Property(json, "pendingApprovals")), Read<List<Waiver>>(Property(json, "waivers")));
    }

    public async Task<IReadOnlyList<Approval>> ListPendingApprovalsAsync(CancellationToken cancellationToken) =>
        Read<List<Approval>>(await SendAsync(HttpMethod.Get, "api/approvals?status=pending", null, null, cancellationToken).ConfigureAwait(false));

    public async Task<ServiceView> RecordObservationAsync(string serviceId, NewObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var body = new { observation.KpiName, observation.Value, observation.Unit, observation.Source, observation.EvidenceLink };
        var json = await SendAsync(HttpMethod.Post, $"api/services/{Escape(serviceId)}/observations", body, serviceId, cancellationToken).ConfigureAwait(false);
        return Read<ServiceView>(Property(json, "service"));
    }

    public async Task<ServiceView> RecordBenefitActualAsync(string serviceId, string benefitId, string period, decimal actual, CancellationToken cancellationToken)
    {
        // The period route is by benefit alone; check the benefit is this service's so a typo cannot change another one's.
        var benefits = await SendAsync(HttpMethod.Get, $"api/services/{Escape(serviceId)}/benefits", null, serviceId, cancellationToken).ConfigureAwait(false);
        var ids = benefits.EnumerateArray().Select(b => Property(b, "id").GetString()).ToList();
        if (!ids.Contains(benefitId, StringComparer.Ordinal))
            throw new CliException($"--benefit: service '{serviceId}' has no benefit '{benefitId}'" + (ids.Count == 0 ? " (it has no benefits yet)" : $" (its benefits: {string.Join(", ", ids)})"));

        var json = await SendAsync(HttpMethod.Post, $"api/benefits/{Escape(benefitId)}/periods", new { period, actual }, serviceId, cancellationToken).ConfigureAwait(false);
        return Read<ServiceView>(Property(json, "service"));
    }

    public async Task<NewKey> CreateKeyAsync(string name, PmoRole role, CancellationToken cancellationToken) =>
        Read<NewKey>(await SendAsync(HttpMethod.Post, "api/keys", new { name, role = role.Name() }, null, cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<KeyView>> ListKeysAsync(CancellationToken cancellationToken) =>
        Read<List<KeyView>>(await SendAsync(HttpMethod.Get, "api/keys", null, null, cancellationToken).ConfigureAwait(false));

    public async Task<KeyView> RevokeKeyAsync(string keyId, CancellationToken cancellationToken) =>
        Read<KeyView>(await SendAsync(HttpMethod.Post, $"api/keys/{Escape(keyId)}/revoke", null, null, cancellationToken, keyId).ConfigureAwait(false));

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, string? serviceId, CancellationToken cancellationToken, string? keyId = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: PmoJson.Options) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(Target, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw TooSlow(Target, RequestTimeout, ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw Problem(response, text, method, path, serviceId, keyId);
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new CliException($"{Target} answered {method} /{path} with something other than JSON; is it a PmoFlow server?", ex);
            }
        }
    }

    private T Read<T>(JsonElement json) => Read<T>(json, Target);

    /// <summary><paramref name="json"/> as <typeparamref name="T"/>, or the error every command gives for a shape it does not know.</summary>
    public static T Read<T>(JsonElement json, string target)
    {
        try
        {
            return json.Deserialize<T>(PmoJson.Options) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            throw new CliException($"{target} answered in a shape this pmoflow does not understand ({ex.Message}); are the server and the CLI the same version?", ex);
        }
    }

    private static JsonElement Property(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
