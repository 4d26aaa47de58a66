using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Flow;

internal sealed class FlowDecision : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.FlowDecision", "Branching", "Take the True or False path depending on a condition.",
        [Describe.Input("Condition", "Boolean", "The condition to evaluate.", "checkbox")], ports: ["True", "False"], displayName: "Decision");

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var condition = await context.GetInputAsync<bool>("Condition").ConfigureAwait(false);
        context.Complete(condition ? "True" : "False");
    }
}
