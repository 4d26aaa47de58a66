namespace PmoFlow.Abstractions.Rules;

/// <summary>Which way a KPI should move.</summary>
public enum GoodDirection
{
    /// <summary>Higher is better.</summary>
    HigherIsBetter,

    /// <summary>Lower is better.</summary>
    LowerIsBetter,
}
