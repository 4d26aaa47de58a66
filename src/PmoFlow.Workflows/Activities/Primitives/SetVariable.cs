using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Primitives;

internal sealed class SetVariable : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.SetVariable", "Primitives", "Assign a value to a workflow variable.",
    [
        Describe.Input("Variable", "Object", "The variable to assign.", "variable-picker", isWrapped: false),
        Describe.Input("Value", "Object", "The value to assign."),
    ]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        // Elsa stores the variable as a bare object {id, name, typeName}, not as an expression.
        var name = context.GetProperty("Variable") switch
        {
            JsonObject v => v.GetString("name") ?? v.GetString("id"),
            JsonValue v => v.AsString(),
            _ => null,
        };
        if (string.IsNullOrEmpty(name))
            throw new InvalidOperationException($"SetVariable '{context.ActivityName ?? context.ActivityId}' does not name a variable.");
        var value = await context.GetInputAsync<object>("Value").ConfigureAwait(false);
        ((ActivityExecutionContext)context).Scope.SetVariable(name, value);
        context.Complete();
    }
}
