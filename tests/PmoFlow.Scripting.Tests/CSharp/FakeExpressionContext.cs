using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.Tests.CSharp;

/// <summary>An in-memory expression context; the shape is derived from the declared variables and inputs.</summary>
internal sealed class FakeExpressionContext : IExpressionContext
{
    private readonly Dictionary<string, object?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Activity, string? Output), object?> _outputs = [];
    private readonly List<ExpressionMember> _variableMembers = [];
    private readonly List<ExpressionMember> _inputMembers = [];
    private ExpressionShape? _shape;

    public ExpressionShape Shape => _shape ??= new ExpressionShape(_variableMembers, _inputMembers);

    public string WorkflowInstanceId { get; init; } = "instance-1";

    public string? CorrelationId { get; init; }

    public object? LastResult { get; set; }

    public FakeExpressionContext Variable<T>(string name, T value)
    {
        _variableMembers.Add(new ExpressionMember(name, typeof(T)));
        _variables[name] = value;
        _shape = null;
        return this;
    }

    public FakeExpressionContext Input<T>(string name, T value)
    {
        _inputMembers.Add(new ExpressionMember(name, typeof(T)));
        _inputs[name] = value;
        _shape = null;
        return this;
    }

    public FakeExpressionContext Output(string activity, string? output, object? value)
    {
        _outputs[(activity, output)] = value;
        return this;
    }

    public object? GetVariable(string name)
        => _variables.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No variable '{name}'.");

    public void SetVariable(string name, object? value)
    {
        if (!_variables.ContainsKey(name))
        {
            throw new KeyNotFoundException($"No variable '{name}'.");
        }

        _variables[name] = value;
    }

    public object? GetInput(string name) => _inputs.GetValueOrDefault(name);

    public object? GetActivityOutput(string activityNameOrId, string? outputName = null)
        => _outputs.GetValueOrDefault((activityNameOrId, outputName));
}
