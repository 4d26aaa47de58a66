namespace PmoFlow.Abstractions.Rules;

/// <summary>A role's right, under the charter, to approve and/or waive gates.</summary>
public sealed class RuleDecisionRight
{
    /// <summary>The role, such as <c>sponsor</c> or <c>pmo-director</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The gates it covers; <c>*</c> covers every gate.</summary>
    public IReadOnlyList<string> Gates { get; init; } = [];

    /// <summary>Whether the role may approve.</summary>
    public bool CanApprove { get; init; }

    /// <summary>Whether the role may waive a blocked gate.</summary>
    public bool CanWaive { get; init; }

    /// <summary>Whether this right covers <paramref name="gate"/> (gate names ignore case).</summary>
    public bool Covers(string gate) => Gates.Any(g => g == "*" || string.Equals(g, gate, StringComparison.OrdinalIgnoreCase));
}
