using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Benchmarks;

/// <summary>The smallest expression context: variables in a dictionary, nothing else.</summary>
internal sealed class DictionaryExpressionContext(ExpressionShape shape, Dictionary<string, object?> variables) : IExpressionContext
{
    /// <summary>One <c>int Counter</c> variable, the shape of <c>Variables.Counter &gt; 3</c>.</summary>
    public static ExpressionShape CounterShape { get; } = new([new ExpressionMember("Counter", typeof(int))], []);

    public ExpressionShape Shape => shape;

    public string WorkflowInstanceId => "benchmark";

    public string? CorrelationId => null;

    public object? LastResult => null;

    // The value is stored boxed once, so reading it allocates nothing, as in the runtime's scopes.
    public static DictionaryExpressionContext WithCounter(int counter) => new(CounterShape, new(StringComparer.Ordinal) { ["Counter"] = counter });

    public object? GetVariable(string name) => variables.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException(name);

    public void SetVariable(string name, object? value)
    {
        if (!variables.ContainsKey(name))
        {
            throw new KeyNotFoundException(name);
        }

        variables[name] = value;
    }

    public object? GetInput(string name) => null;

    public object? GetActivityOutput(string activityNameOrId, string? outputName = null) => null;
}
