using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class Correlate : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Correlate", "Primitives", "Set the correlation id of the workflow instance.",
        [Describe.Input("CorrelationId", description: "The correlation id.")]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        context.Workflow.CorrelationId = await context.GetInputAsync<string>("CorrelationId").ConfigureAwait(false);
        context.Complete();
    }
}
