namespace PmoFlow.Core.Charter;

/// <summary>The PMO's structural components: mandate, governance (decision rights) and strategy.</summary>
/// <param name="Mandate">What the PMO covers and on whose authority.</param>
/// <param name="DecisionRights">Who may approve or waive which gate.</param>
/// <param name="Objectives">The PMO's strategic objectives.</param>
public sealed record PmoCharter(Mandate Mandate, IReadOnlyList<DecisionRight> DecisionRights, IReadOnlyList<string> Objectives)
{
    /// <summary>The decision rights of <paramref name="role"/> over <paramref name="gate"/>.</summary>
    public DecisionRight? RightOf(string role, string gate) =>
        DecisionRights.FirstOrDefault(r => string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase) && r.Covers(gate));

    /// <summary>The roles that may approve <paramref name="gate"/>.</summary>
    public IEnumerable<string> ApproversOf(string gate) => DecisionRights.Where(r => r.CanApprove && r.Covers(gate)).Select(r => r.Role);
}
