namespace PmoFlow.Abstractions.Rules;

/// <summary>The PMO's structural components: mandate, governance (decision rights) and strategy.</summary>
public sealed class RuleCharter
{
    /// <summary>What the PMO covers.</summary>
    public string MandateScope { get; init; } = "";

    /// <summary>Who gave the PMO its mandate.</summary>
    public string MandateAuthority { get; init; } = "";

    /// <summary>Who may approve or waive which gate.</summary>
    public IReadOnlyList<RuleDecisionRight> DecisionRights { get; init; } = [];

    /// <summary>The PMO's strategic objectives.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>The roles that may approve <paramref name="gate"/>, in charter order.</summary>
    public IReadOnlyList<string> ApproversOf(string gate) => DecisionRights.Where(r => r.CanApprove && r.Covers(gate)).Select(r => r.Role).ToList();

    /// <summary>The decision right of <paramref name="role"/> over <paramref name="gate"/>, if any (roles ignore case).</summary>
    public RuleDecisionRight? RightOf(string role, string gate) =>
        DecisionRights.FirstOrDefault(r => string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase) && r.Covers(gate));
}
