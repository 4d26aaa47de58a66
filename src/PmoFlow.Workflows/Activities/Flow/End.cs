using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Flow;

/// <summary>A terminal node: when it completes, the flowchart that contains it completes.</summary>
internal sealed class End : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.End", "Flow", "Ends the flowchart it is in.", ports: [], isTerminal: true);

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
