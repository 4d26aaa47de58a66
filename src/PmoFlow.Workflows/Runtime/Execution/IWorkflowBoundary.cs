namespace PmoFlow.Workflows.Runtime.Execution;

/// <summary>A workflow used as an activity: <c>Elsa.Complete</c> inside it completes it, and nothing outside.</summary>
internal interface IWorkflowBoundary
{
    /// <summary>Completes the boundary with the given outcomes after its body was cancelled.</summary>
    void Finish(ActivityExecutionContext context, IReadOnlyList<string> outcomes);
}
