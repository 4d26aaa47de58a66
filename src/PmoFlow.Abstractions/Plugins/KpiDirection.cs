namespace PmoFlow.Abstractions.Plugins;

/// <summary>Which way a KPI should move (the host maps it to the domain's own good direction).</summary>
public enum KpiDirection
{
    /// <summary>Higher is better.</summary>
    HigherIsBetter,

    /// <summary>Lower is better.</summary>
    LowerIsBetter,
}
