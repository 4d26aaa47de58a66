namespace PmoFlow.Workflows.Runtime.State;

/// <summary>Where one activity execution stands.</summary>
public enum ActivityStatus
{
    /// <summary>Executing or waiting on children or bookmarks.</summary>
    Running,

    /// <summary>Done, with outcomes.</summary>
    Completed,

    /// <summary>Cancelled by a Race join, a Complete or an End.</summary>
    Canceled,

    /// <summary>Failed.</summary>
    Faulted,
}
