using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Composition;

/// <summary>Runs its activities one after another.</summary>
internal sealed class Sequence : IActivity, ICompositeActivity
{
    private const string IndexKey = "index";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Sequence", "Workflows", "Run activities one after another.", isContainer: true);

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ScheduleAt((ActivityExecutionContext)context, 0);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        ScheduleAt(context, (context.Properties.GetInt(IndexKey) ?? 0) + 1);
        return ValueTask.CompletedTask;
    }

    private static void ScheduleAt(ActivityExecutionContext context, int index)
    {
        var children = context.Node.Children;
        if (index >= children.Count)
        {
            context.Complete();
            return;
        }
        context.Properties[IndexKey] = index;
        context.Schedule(children[index]);
    }
}
