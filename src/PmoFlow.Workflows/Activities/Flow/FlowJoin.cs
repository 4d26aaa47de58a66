using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Flow;

/// <summary>An explicit join. The flowchart decides when it runs (from its mode); once it runs it just completes.</summary>
internal sealed class FlowJoin : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.FlowJoin", "Branching", "Merge incoming branches: wait for any or for all.",
        [Describe.Input("Mode", "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core", "WaitAny: continue on the first branch. WaitAll: wait for every branch.",
            "dropdown", "WaitAny", uiSpecifications: Describe.Dropdown("WaitAny", "WaitAll", "WaitAllActive"))], displayName: "Join");

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
