using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Flow;

internal sealed class FlowFork : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.FlowFork", "Branching", "Branch into every named path at once.",
        [Describe.Input("Branches", "String[]", "The names of the branches.", "dynamic-outcomes")], ports: [], displayName: "Fork");

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var branches = await context.GetInputAsync<List<string>>("Branches").ConfigureAwait(false) ?? [];
        context.Complete(branches.Count == 0 ? ["Done"] : branches.ToArray());
    }
}
