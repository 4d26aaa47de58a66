namespace PmoFlow.Core.Gates;

/// <summary>What a gate evaluation decided.</summary>
public enum GateOutcome
{
    /// <summary>Every required clause holds (or the gate is waived): the service may advance.</summary>
    Ready,

    /// <summary>Data or evidence is missing or short of a threshold.</summary>
    NeedsEvidence,

    /// <summary>The data is there; a decision by a role is still pending.</summary>
    NeedsApproval,

    /// <summary>Something rules the advance out (a rejection, a failed control).</summary>
    Blocked,
}
