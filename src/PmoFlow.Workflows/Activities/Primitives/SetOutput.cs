using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class SetOutput : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.SetOutput", "Primitives", "Set an output of the workflow.",
    [
        Describe.Input("OutputName", description: "The workflow output to set."),
        Describe.Input("OutputValue", "Object", "The value."),
    ]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var name = await context.GetInputAsync<string>("OutputName").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(name))
            throw new InvalidOperationException($"SetOutput '{context.ActivityName ?? context.ActivityId}' has no output name.");
        var value = await context.GetInputAsync<object>("OutputValue").ConfigureAwait(false);
        ((ActivityExecutionContext)context).Scope.State.Output[name] = value;
        context.Complete();
    }
}
