namespace PmoFlow.Core.Gates;

/// <summary>Whether a clause decides the gate or only informs.</summary>
public enum ClauseSeverity
{
    /// <summary>The gate fails when this clause fails.</summary>
    Required,

    /// <summary>Reported, never blocking.</summary>
    Warning,
}
