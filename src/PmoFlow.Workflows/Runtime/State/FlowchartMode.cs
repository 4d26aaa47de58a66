namespace PmoFlow.Workflows.Runtime.State;

/// <summary>Which of Elsa's two flowchart engines runs an instance.</summary>
public enum FlowchartMode
{
    /// <summary>Token-based, with per-activity merge modes (Elsa's server default and PmoFlow's).</summary>
    Token,

    /// <summary>Counter-based, with skip propagation (the default of Elsa's integration tests).</summary>
    Counter,
}
