namespace PmoFlow.Abstractions.Activities;

/// <summary>Elsa's activity kinds, as the designer shows them.</summary>
public enum ActivityKind
{
    /// <summary>Does its work and completes.</summary>
    Action,

    /// <summary>Can start a workflow when its stimulus arrives.</summary>
    Trigger,

    /// <summary>Long-running work.</summary>
    Job,

    /// <summary>Work done by something outside the workflow.</summary>
    Task,
}
