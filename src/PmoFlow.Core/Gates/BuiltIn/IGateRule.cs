namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>The policy of one default flywheel gate, written as clauses.</summary>
internal interface IGateRule
{
    /// <summary>The gate this rule decides (<c>gate-5-6</c>).</summary>
    string Gate { get; }

    /// <summary>Adds the gate's clauses, and the data they read, to <paramref name="clauses"/>.</summary>
    void Evaluate(GateContext context, ClauseList clauses);
}
