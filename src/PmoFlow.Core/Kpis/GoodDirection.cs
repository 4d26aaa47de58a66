namespace PmoFlow.Core.Kpis;

/// <summary>Which way a KPI should move.</summary>
public enum GoodDirection
{
    /// <summary>Higher is better.</summary>
    HigherIsBetter,

    /// <summary>Lower is better.</summary>
    LowerIsBetter,
}
