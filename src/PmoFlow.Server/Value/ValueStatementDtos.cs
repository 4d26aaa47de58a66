using PmoFlow.Core.Value;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Value;

/// <summary>A value statement in business language; a headline amount must link to its evidence.</summary>
internal sealed record ValueStatementRequest(string? ServiceId, string? Text, decimal? Amount, string? Unit, IReadOnlyList<string?>? EvidenceLinks)
{
    public ValueStatement? ToStatement(DateTimeOffset now, RequestErrors errors)
    {
        var serviceId = errors.Id("serviceId", ServiceId, required: false);
        var text = errors.Text("text", Text, 2000);
        var unit = errors.Text("unit", Unit, 20, required: false);
        var links = new List<string>();
        for (var i = 0; i < (EvidenceLinks?.Count ?? 0); i++)
            if (errors.Text($"evidenceLinks[{i}]", EvidenceLinks![i], 2000) is { } link) links.Add(link);
        // A number nobody can trace is a claim, not recognized value (DESIGN.md §2).
        if (Amount is not null && unit is null) errors.Add("unit", "An 'amount' needs its 'unit' (USD, hours, %...).");
        if (Amount is not null && links.Count == 0) errors.Add("evidenceLinks", "An 'amount' needs at least one evidence link (a benefit, an observation, a document).");
        return errors.HasErrors ? null : new ValueStatement(ApiIds.New(), serviceId, text!, Amount, unit, links, now);
    }
}

/// <summary>The statement as published and, when it is about a service, the service after its gate looked at it.</summary>
internal sealed record ValueStatementPublished(ValueStatement Statement, ServiceView? Service);
