namespace PmoFlow.Abstractions.Rules;

/// <summary>How a KPI's latest observation compares with the one before, in the KPI's good direction.</summary>
public enum KpiTrend
{
    /// <summary>Fewer than two observations: no trend yet.</summary>
    Unknown,

    /// <summary>The latest is better than the previous.</summary>
    Improving,

    /// <summary>The latest equals the previous.</summary>
    Flat,

    /// <summary>The latest is worse than the previous.</summary>
    Worsening,
}
