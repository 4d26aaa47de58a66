using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.Tests.JavaScript;

/// <summary>An in-memory workflow context: variables, inputs and activity outputs in dictionaries.</summary>
internal sealed class FakeExpressionContext : IExpressionContext
{
    private ExpressionShape? _shape;

    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> Inputs { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Activity, string? Output), object?> Outputs { get; } = [];

    public ExpressionShape Shape => _shape ??= new ExpressionShape(
        [.. Variables.Keys.Select(k => new ExpressionMember(k, typeof(object)))],
        [.. Inputs.Keys.Select(k => new ExpressionMember(k, typeof(object)))]);

    public string WorkflowInstanceId { get; set; } = "wf-1";

    public string? CorrelationId { get; set; } = "corr-1";

    public object? LastResult { get; set; }

    public int GetVariableCalls { get; private set; }

    public object? GetVariable(string name)
    {
        GetVariableCalls++;
        return Variables.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException(name);
    }

    public void SetVariable(string name, object? value)
    {
        if (!Variables.ContainsKey(name))
        {
            throw new KeyNotFoundException(name);
        }

        Variables[name] = value;
    }

    public object? GetInput(string name) => Inputs.GetValueOrDefault(name);

    public object? GetActivityOutput(string activityNameOrId, string? outputName = null) =>
        Outputs.TryGetValue((activityNameOrId, outputName), out var value) ? value : null;

    public FakeExpressionContext WithVariable(string name, object? value)
    {
        Variables[name] = value;
        _shape = null;
        return this;
    }

    public FakeExpressionContext WithInput(string name, object? value)
    {
        Inputs[name] = value;
        _shape = null;
        return this;
    }
}
