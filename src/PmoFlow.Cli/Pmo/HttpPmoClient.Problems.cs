using System.Net;
using System.Text.Json;

namespace PmoFlow.Cli.Pmo;

/// <summary>Reads the server's RFC 7807 problem details and words them as the CLI does: the offending option first.</summary>
internal sealed partial class HttpPmoClient
{
    /// <summary>What to do without a key, said where the server's own answer cannot say it (it knows nothing of the CLI's options).</summary>
    public const string NoKeyHelp =
        "pass --api-key KEY or set PMOFLOW_API_KEY (the server writes its first admin key to admin.key in its data folder; " +
        "an admin creates keys with 'pmoflow keys create --role ROLE --name NAME')";

    private CliException Problem(HttpResponseMessage response, string text, HttpMethod method, string path, string? serviceId, string? keyId)
    {
        var errors = new List<(string? Field, string Message)>();
        string? detail = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.TryGetProperty("errors", out var byField) && byField.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in byField.EnumerateObject())
                    errors.AddRange(field.Value.EnumerateArray().Select(m => ((string?)field.Name, m.GetString() ?? "")));
            }
            detail = root.TryGetProperty("detail", out var d) ? d.GetString() : root.TryGetProperty("title", out var t) ? t.GetString() : null;
        }
        catch (JsonException)
        {
            // Not problem details (a proxy's error page, say): fall back to the status line below.
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized && !HasKey)
            return new CliException($"the PmoFlow server at {Target} needs an API key: {NoKeyHelp}");
        if (response.StatusCode == HttpStatusCode.NotFound && serviceId is not null && errors.Any(e => e.Field == "serviceId"))
            return CliException.NoService(serviceId);
        if (response.StatusCode == HttpStatusCode.NotFound && keyId is not null && errors.Any(e => e.Field == "keyId"))
            return CliException.NoKey(keyId);
        if (errors.Count > 0)
            return new CliException(string.Join("; ", errors.Select(e => $"{CliOptionNames.For(e.Field)}: {e.Message.TrimEnd('.')}")));
        return new CliException($"{Target} answered {method} /{path} with {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "" : ": " + detail)}");
    }
}
