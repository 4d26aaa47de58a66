namespace PmoFlow.Hosting.Rules;

/// <summary>How a recorded gate decision was made again.</summary>
public enum GateReplayMode
{
    /// <summary>With the rule pack version it used (the decision must come out the same).</summary>
    Replay,

    /// <summary>With the rules in force today, on the data it saw then: would it pass now?</summary>
    Reevaluate,
}
