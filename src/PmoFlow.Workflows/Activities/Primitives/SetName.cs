using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class SetName : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.SetName", "Primitives", "Set the name of the workflow instance.",
        [Describe.Input("Value", description: "The instance name.")]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        context.Workflow.Name = await context.GetInputAsync<string>("Value").ConfigureAwait(false);
        context.Complete();
    }
}
