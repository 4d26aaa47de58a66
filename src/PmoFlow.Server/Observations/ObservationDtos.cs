using PmoFlow.Core.Kpis;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Observations;

/// <summary>An observed value of a KPI, named by <see cref="KpiId"/> or <see cref="KpiName"/>.</summary>
internal sealed record RecordObservationRequest(string? KpiId, string? KpiName, decimal? Value, string? Unit, DateTimeOffset? ObservedAt, string? Source, string? EvidenceLink)
{
    /// <summary>Checks what can be checked without the KPI; the KPI itself is resolved against the service afterwards.</summary>
    public void Validate(RequestErrors errors, DateTimeOffset now)
    {
        var kpiId = errors.Text("kpiId", KpiId, 100, required: false);
        var kpiName = errors.Text("kpiName", KpiName, 100, required: false);
        if (kpiId is null && kpiName is null) errors.Add("kpiId", "Give 'kpiId' or 'kpiName' to say which KPI was observed.");
        errors.Required("value", Value);
        errors.Text("unit", Unit, 20, required: false);
        errors.Text("source", Source, 200);
        // Gates count only observations up to now; a future one would sit unseen and surprise later.
        if (ObservedAt > now) errors.Add("observedAt", $"'observedAt' is in the future ({ObservedAt:O}); record an observation once it is true.");
        if (errors.Text("evidenceLink", EvidenceLink, 2000, required: false) is { } link
            && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            errors.Add("evidenceLink", $"'evidenceLink' must be an absolute http(s) URL (it is '{link}').");
    }
}

/// <summary>The observation as stored, and the service after its gate looked at it: whether it advanced.</summary>
internal sealed record ObservationRecorded(Observation Observation, ServiceView Service);
