namespace PmoFlow.Core.Gates;

/// <summary>Decides a gate from a service's data and explains the decision. Built-in rules and C# rule packs implement it.</summary>
public interface IGateEvaluator
{
    /// <summary>Whether this evaluator has rules for <paramref name="gate"/>.</summary>
    bool Handles(string gate);

    /// <summary>Evaluates the gate. Never throws for missing data: missing data is a failing clause.</summary>
    GateEvaluation Evaluate(GateContext context);
}
