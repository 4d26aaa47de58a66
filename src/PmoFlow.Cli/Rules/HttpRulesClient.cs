using System.Net.Http.Headers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Engine;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>The rule commands against a running server: <c>/api/rules</c> and <c>/api/gate-evaluations/{id}/replay|reevaluate</c>.</summary>
internal sealed class HttpRulesClient : IRulesClient
{
    // A what-if compiles a pack and evaluates every service: give it longer than a PMO command.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);
    private readonly HttpClient _http;

    public HttpRulesClient(Uri server, string? apiKey = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        Target = server.ToString().TrimEnd('/');
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri(Target + "/");
        _http.Timeout = RequestTimeout;
        if (!string.IsNullOrEmpty(apiKey)) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(HttpPmoClient.ApiKeyScheme, apiKey);
    }

    public string Target { get; }

    public async Task<IReadOnlyList<RulePackView>> ListPacksAsync(CancellationToken cancellationToken)
    {
        var (_, json) = await SendAsync(HttpMethod.Get, "api/rules", null, cancellationToken).ConfigureAwait(false);
        return Read<List<RulePackView>>(json);
    }

    public async Task<RuleWhatIfView> WhatIfAsync(RulePackFiles candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var body = new { candidate.Name, candidate.Files };
        var (status, json) = await SendAsync(HttpMethod.Post, "api/rules/whatif", body, cancellationToken, accept400: true).ConfigureAwait(false);
        if (status == HttpStatusCode.OK) return Read<RuleWhatIfView>(json);
        // A candidate that does not compile: the server lists its diagnostics, which print as they do locally.
        if (json.TryGetProperty("diagnostics", out var diagnostics))
            return new RuleWhatIfView(candidate.Name, "", Read<List<RuleDiagnosticView>>(diagnostics), 0, 0, []);
        throw Problem(status, json, "POST /api/rules/whatif");
    }

    public async Task<GateReplayView> ReplayAsync(string evaluationId, GateReplayMode mode, CancellationToken cancellationToken)
    {
        var verb = mode == GateReplayMode.Replay ? "replay" : "reevaluate";
        var (_, json) = await SendAsync(HttpMethod.Post, $"api/gate-evaluations/{Uri.EscapeDataString(evaluationId)}/{verb}", null, cancellationToken).ConfigureAwait(false);
        return Read<GateReplayView>(json);
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        bool accept400 = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: PmoJson.Options) };
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
                if (!response.IsSuccessStatusCode) throw new CliException($"{Target} answered {method} /{path} with {(int)response.StatusCode} {response.ReasonPhrase}", ex);
                throw new CliException($"{Target} answered {method} /{path} with something other than JSON; is it a PmoFlow server?", ex);
            }
            if (response.IsSuccessStatusCode || (accept400 && response.StatusCode == HttpStatusCode.BadRequest)) return (response.StatusCode, json);
            throw Problem(response.StatusCode, json, $"{method} /{path}");
        }
    }

    /// <summary>The server's problem details as the CLI words errors: the problem's own messages (they name the id or file).</summary>
    private CliException Problem(HttpStatusCode status, JsonElement problem, string request)
    {
        var messages = new List<string>();
        if (problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray().Select(m => m.GetString() ?? ""))
                    messages.Add(field.Name == "evaluationId" ? Lower(message) : $"{field.Name}: {message.TrimEnd('.')}");
            }
        }
        if (messages.Count > 0) return new CliException(string.Join("; ", messages));
        var detail = problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
        return new CliException($"{Target} answered {request} with {(int)status}{(detail is null ? "" : ": " + detail)}");
    }

    private static string Lower(string message) => message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');

    private T Read<T>(JsonElement json) => HttpPmoClient.Read<T>(json, Target);
}
