namespace PmoFlow.Abstractions.Expressions;

/// <summary>
/// What a running expression can see: Elsa's globals (<c>Variables</c>, <c>Input</c>, <c>Output</c>,
/// <c>WorkflowInstanceId</c>, <c>CorrelationId</c>) and, for JavaScript, the generated accessors.
/// </summary>
public interface IExpressionContext
{
    /// <summary>The variables and inputs in scope, with their .NET types; stable for a given workflow scope.</summary>
    ExpressionShape Shape { get; }

    /// <summary>The id of the running workflow instance.</summary>
    string WorkflowInstanceId { get; }

    /// <summary>The correlation id of the running workflow instance, if any.</summary>
    string? CorrelationId { get; }

    /// <summary>Reads a variable by name.</summary>
    /// <exception cref="KeyNotFoundException">No variable of that name is in scope.</exception>
    object? GetVariable(string name);

    /// <summary>Writes a variable by name; the value is converted to the variable's declared type.</summary>
    /// <exception cref="KeyNotFoundException">No variable of that name is in scope.</exception>
    void SetVariable(string name, object? value);

    /// <summary>Reads a workflow input by name; <see langword="null"/> when the input was not supplied.</summary>
    object? GetInput(string name);

    /// <summary>Reads an output of an activity that already ran in this workflow, by activity name or id.</summary>
    /// <param name="activityNameOrId">The activity's <c>name</c> or <c>id</c>.</param>
    /// <param name="outputName">The output's name; <see langword="null"/> for the activity's result.</param>
    object? GetActivityOutput(string activityNameOrId, string? outputName = null);

    /// <summary>The result of the activity that completed last, if any.</summary>
    object? LastResult { get; }
}
