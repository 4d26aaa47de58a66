namespace PmoFlow.Server.Dashboard.Common;

/// <summary>How the board colours a service: the outcome of the gate it waits at, or why there is none.</summary>
internal enum GateState
{
    /// <summary>No evaluation of the gate since the service entered its step, and no decision pending: it waits on its workflow.</summary>
    NotEvaluated,

    /// <summary>The gate passes.</summary>
    Ready,

    /// <summary>The gate passes on a waiver, not on its clauses.</summary>
    Waived,

    /// <summary>Data or evidence is missing or short of a threshold.</summary>
    NeedsEvidence,

    /// <summary>A decision by a role is pending, at the gate or before it.</summary>
    NeedsApproval,

    /// <summary>Something rules the advance out.</summary>
    Blocked,
}
