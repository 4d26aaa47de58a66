namespace PmoFlow.Workflows.Runtime.State;

/// <summary>Where a workflow instance stands.</summary>
public enum WorkflowStatus
{
    /// <summary>Work is scheduled or executing.</summary>
    Running,

    /// <summary>Nothing is scheduled; it waits on bookmarks.</summary>
    Suspended,

    /// <summary>The root activity completed.</summary>
    Finished,

    /// <summary>An activity failed; see <see cref="WorkflowInstanceState.Fault"/>.</summary>
    Faulted,

    /// <summary>Cancelled from outside.</summary>
    Cancelled,
}
