using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Flow;

internal sealed class Start : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Start", "Flow", "Where the flowchart starts.", isStart: true);

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
