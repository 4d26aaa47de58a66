using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Activities.Workflows;

/// <summary>Starts another workflow as a separate instance, optionally waiting for it to finish.</summary>
internal sealed class ExecuteWorkflow : IActivity
{
    public const string BookmarkName = "Elsa.ExecuteWorkflow";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.ExecuteWorkflow", "Composition", "Run another workflow as its own instance.",
    [
        Describe.Input("WorkflowDefinitionId", description: "The definition to run.", uiHint: "workflow-definition-picker"),
        Describe.Input("CorrelationId", description: "The child instance's correlation id."),
        Describe.Input("Input", "IDictionary<String, Object>", "Input for the child workflow.", "json-editor"),
        Describe.Input("WaitForCompletion", "Boolean", "Wait until the child finishes.", "checkbox"),
    ], [Describe.Output("Result", "Object", "The child's output when it finished.")]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var definitionId = await context.GetInputAsync<string>("WorkflowDefinitionId").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(definitionId))
            throw new InvalidOperationException($"ExecuteWorkflow '{context.ActivityName ?? context.ActivityId}' names no workflow definition.");
        var request = new ChildWorkflowRequest(
            definitionId,
            await context.GetInputAsync<Dictionary<string, object?>>("Input").ConfigureAwait(false),
            await context.GetInputAsync<string>("CorrelationId").ConfigureAwait(false),
            context.Workflow.InstanceId,
            await context.GetInputAsync<bool>("WaitForCompletion").ConfigureAwait(false),
            context.Workflow.Out);

        var starter = context.Services.GetService<IChildWorkflowStarter>()
            ?? throw new InvalidOperationException("ExecuteWorkflow needs a workflow host to start child instances in.");
        var child = await starter.StartAsync(request, context.CancellationToken).ConfigureAwait(false);

        if (!request.WaitForCompletion) { context.Complete(); return; }
        switch (child.Status)
        {
            case WorkflowStatus.Finished:
                context.SetOutput("Result", child.Output);
                context.Complete();
                break;
            case WorkflowStatus.Faulted or WorkflowStatus.Cancelled:
                throw new InvalidOperationException($"Child workflow '{definitionId}' (instance {child.InstanceId}) ended {child.Status}: {child.Fault}");
            default:
                context.CreateBookmark(new BookmarkRequest(BookmarkName, child.InstanceId));
                break;
        }
    }

    public ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        context.SetOutput("Result", bookmark.Input?["output"]);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
