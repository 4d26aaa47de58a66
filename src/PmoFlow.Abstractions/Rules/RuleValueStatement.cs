namespace PmoFlow.Abstractions.Rules;

/// <summary>A value statement in business language, with every number linked to its evidence.</summary>
public sealed class RuleValueStatement
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The service it is about, or null for the PMO as a whole.</summary>
    public string? ServiceId { get; init; }

    /// <summary>The statement ("$2.1M validated cost avoidance across 4 services this quarter").</summary>
    public string Text { get; init; } = "";

    /// <summary>The headline amount, if any.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The amount's unit.</summary>
    public string? Unit { get; init; }

    /// <summary>Links to the benefits, observations or documents behind it.</summary>
    public IReadOnlyList<string> EvidenceLinks { get; init; } = [];

    /// <summary>When it was published.</summary>
    public DateTimeOffset PublishedAt { get; init; }
}
