namespace PmoFlow.Abstractions.Rules;

/// <summary>One observed value of a KPI.</summary>
public sealed class KpiObservation
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The value.</summary>
    public decimal Value { get; init; }

    /// <summary>The unit it was reported in.</summary>
    public string Unit { get; init; } = "";

    /// <summary>When it was true.</summary>
    public DateTimeOffset ObservedAt { get; init; }

    /// <summary>Where it came from (a system, a report, a person).</summary>
    public string Source { get; init; } = "";

    /// <summary>A link to the evidence, if any.</summary>
    public string? EvidenceLink { get; init; }
}
