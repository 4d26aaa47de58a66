using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Composition;

/// <summary>Runs its <c>body</c> activity as one node of a flowchart.</summary>
internal sealed class FlowNode : IActivity, ICompositeActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.FlowNode", "Flow", "Run a contained activity as a flowchart node.", isContainer: true, isBrowsable: false);

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var aec = (ActivityExecutionContext)context;
        var body = aec.Node.Children.FirstOrDefault(c => c.Model.JsonPath.EndsWith(".body", StringComparison.Ordinal));
        if (body is null) context.Complete();
        else aec.Schedule(body);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
