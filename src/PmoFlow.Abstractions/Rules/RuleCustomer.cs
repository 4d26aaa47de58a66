namespace PmoFlow.Abstractions.Rules;

/// <summary>A PMO customer of the service: a sponsor, executive, project manager or business unit.</summary>
public sealed class RuleCustomer
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The customer group surveys are reported by (executives, project managers...).</summary>
    public required string Group { get; init; }

    /// <summary>How much this customer's view counts, 0 to 1.</summary>
    public decimal RelevanceWeight { get; init; }
}
