namespace PmoFlow.Abstractions.Rules;

/// <summary>What a failing required clause means for the gate; the most severe kind among the failures decides the outcome.</summary>
public enum ClauseKind
{
    /// <summary>Data or evidence is missing or short of a threshold.</summary>
    NeedsEvidence,

    /// <summary>The data is there; a decision by a role is still pending.</summary>
    NeedsApproval,

    /// <summary>Something rules the advance out (a rejection, a failed control).</summary>
    Blocked,
}
