using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class Fault : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Fault", "Primitives", "Fault the workflow with a message.",
    [
        Describe.Input("Code", description: "A code for the fault."),
        Describe.Input("Message", description: "What went wrong."),
    ], ports: []);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var message = await context.GetInputAsync<string>("Message").ConfigureAwait(false);
        var code = await context.GetInputAsync<string>("Code").ConfigureAwait(false);
        throw new WorkflowFaultException(code, string.IsNullOrEmpty(message) ? "The workflow was faulted by a Fault activity." : message);
    }
}
