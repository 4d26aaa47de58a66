namespace PmoFlow.Workflows.Runtime.Execution;

/// <summary>An activity that runs other activities and decides what happens when one of them completes.</summary>
internal interface ICompositeActivity
{
    /// <summary>Called when a child scheduled by <paramref name="context"/> completes.</summary>
    ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child);
}
