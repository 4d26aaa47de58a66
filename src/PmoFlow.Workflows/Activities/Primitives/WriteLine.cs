using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class WriteLine : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.WriteLine", "Primitives", "Write a line of text to the workflow's output.",
        [Describe.Input("Text", description: "The text to write.")]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var text = await context.GetInputAsync<string>("Text").ConfigureAwait(false);
        await context.Workflow.Out.WriteLineAsync(text ?? "").ConfigureAwait(false);
        context.Complete();
    }
}
