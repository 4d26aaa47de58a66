namespace PmoFlow.Core.Charter;

/// <summary>A role's right to approve and/or waive gates.</summary>
/// <param name="Role">The role, such as <c>sponsor</c> or <c>pmo-director</c>.</param>
/// <param name="Gates">The gates it covers; <c>*</c> covers every gate.</param>
/// <param name="CanApprove">Whether the role may approve.</param>
/// <param name="CanWaive">Whether the role may waive a blocked gate.</param>
public sealed record DecisionRight(string Role, IReadOnlyList<string> Gates, bool CanApprove, bool CanWaive)
{
    /// <summary>Whether this right covers <paramref name="gate"/>.</summary>
    public bool Covers(string gate) => Gates.Any(g => g == "*" || string.Equals(g, gate, StringComparison.OrdinalIgnoreCase));
}
