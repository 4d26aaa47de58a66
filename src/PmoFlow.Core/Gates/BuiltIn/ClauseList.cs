namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Collects a rule's clauses and the inputs it read, so a rule reads like the policy it implements and the
/// evaluation can be audited from its input snapshot.
/// </summary>
internal sealed class ClauseList
{
    private readonly List<GateClause> _clauses = [];
    private readonly Dictionary<string, object?> _inputs = new(StringComparer.Ordinal);

    /// <summary>The clauses, in the order the rule added them.</summary>
    public IReadOnlyList<GateClause> Clauses => _clauses;

    /// <summary>What the rule read, by name, for the input snapshot.</summary>
    public IReadOnlyDictionary<string, object?> Inputs => _inputs;

    /// <summary>Records an input the decision depends on.</summary>
    public void Read(string name, object? value) => _inputs[name] = value;

    /// <summary>Adds a required clause; <paramref name="missing"/> is kept only when the clause fails.</summary>
    public void Require(string name, string description, string observed, string threshold, bool passed, string missing,
        GateOutcome kind = GateOutcome.NeedsEvidence) =>
        _clauses.Add(new GateClause(name, description, observed, threshold, passed, ClauseSeverity.Required, passed ? null : missing, kind));

    /// <summary>Adds a warning: it informs and never decides the outcome.</summary>
    public void Warn(string name, string description, string observed, string threshold) =>
        _clauses.Add(new GateClause(name, description, observed, threshold, Passed: false, ClauseSeverity.Warning));
}
