using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Runtime.Expressions;

/// <summary>Elsa's expression globals for one activity execution, over the scope the activity lives in.</summary>
internal sealed class ActivityExpressionContext(ActivityExecutionContext context) : IExpressionContext
{
    public ExpressionShape Shape => context.Scope.Template.Shape;

    public string WorkflowInstanceId => context.Run.InstanceId;

    public string? CorrelationId => context.Run.CorrelationId;

    public object? GetVariable(string name) => context.Scope.GetVariable(name);

    public void SetVariable(string name, object? value) => context.Scope.SetVariable(name, value);

    public object? GetInput(string name) => context.Scope.GetInput(name);

    public object? GetActivityOutput(string activityNameOrId, string? outputName = null) => context.Scope.GetActivityOutput(activityNameOrId, outputName);

    public object? LastResult => context.Scope.LastResult;
}
