using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Runtime.Expressions;

/// <summary>
/// Evaluates an activity input as Elsa stores it: <c>{"typeName": "Int32", "expression": {"type": "Literal", "value": "4"}}</c>,
/// or a bare JSON value. Literal, Object, Variable and Input are handled here; other types go to the registered
/// <see cref="IExpressionEvaluator"/> for that type.
/// </summary>
internal sealed class InputEvaluator
{
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators;

    public InputEvaluator(IEnumerable<IExpressionEvaluator> evaluators)
    {
        _evaluators = new Dictionary<string, IExpressionEvaluator>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in evaluators) _evaluators[e.ExpressionType] = e;
    }


    public IExpressionEvaluator? Find(string expressionType) => _evaluators.GetValueOrDefault(expressionType);

    public async ValueTask<object?> EvaluateAsync(ActivityExecutionContext context, string inputName, JsonNode property, Type target)
    {
        object? raw;
        if (property is JsonObject wrapped && (wrapped.ContainsKey("expression") || wrapped.ContainsKey("typeName")))
        {
            if (wrapped["expression"] is not JsonObject expression) return null;
            var type = expression.GetString("type") ?? "Literal";
            raw = await EvaluateExpressionAsync(context, inputName, type, expression["value"]).ConfigureAwait(false);
            if (target == typeof(object) && raw is not null)
                target = TypeNames.Resolve(wrapped.GetString("typeName"));
        }
        else
        {
            raw = property;
        }

        try
        {
            return ValueConverter.Convert(raw, target);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException)
        {
            throw new ActivityInputException(context, inputName, $"cannot convert {ValueConverter.ToText(raw)} to {target.Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Runs source code (RunCSharp, RunJavaScript) with the evaluator of the given type.</summary>
    public async ValueTask<object?> RunScriptAsync(ActivityExecutionContext context, string expressionType, string source)
    {
        var evaluator = Find(expressionType) ?? throw new ActivityInputException(context, "script", $"no {expressionType} evaluator is registered");
        var prepared = Prepared(context, "script", evaluator, source);
        return await prepared.EvaluateAsync(context.ExpressionContext, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The compiled form of one node input, kept on the node: a node's source is fixed for its definition version
    /// and its scope's shape is fixed too, so after the first evaluation no source is looked up again.
    /// </summary>
    private static IPreparedExpression Prepared(ActivityExecutionContext context, string inputName, IExpressionEvaluator evaluator, string source)
    {
        var cache = context.Node.GetFeature(static _ => new System.Collections.Concurrent.ConcurrentDictionary<(string, string), (ExpressionShape Shape, IPreparedExpression Prepared)>());
        var shape = context.ExpressionContext.Shape;
        var key = (inputName, evaluator.ExpressionType);
        if (cache.TryGetValue(key, out var entry) && ReferenceEquals(entry.Shape, shape)) return entry.Prepared;
        var prepared = evaluator.Prepare(source, shape);
        cache[key] = (shape, prepared);
        return prepared;
    }

    private async ValueTask<object?> EvaluateExpressionAsync(ActivityExecutionContext context, string inputName, string type, JsonNode? value)
    {
        switch (type)
        {
            case "Literal":
                return value;
            case "Object":
                var json = value.AsString();
                return string.IsNullOrWhiteSpace(json) ? null : ParseObject(context, inputName, json);
            case "Variable":
                return context.Scope.GetVariable(VariableName(value));
            case "Input":
                return context.Scope.GetInput(value.AsString() ?? "");
        }

        var evaluator = Find(type) ?? throw new ActivityInputException(context, inputName, $"expression type '{type}' is not supported");
        var source = value.AsString() ?? "";
        try
        {
            var prepared = Prepared(context, inputName, evaluator, source);
            return await prepared.EvaluateAsync(context.ExpressionContext, context.CancellationToken).ConfigureAwait(false);
        }
        catch (ExpressionException ex)
        {
            throw new ActivityInputException(context, inputName, ex.Message, ex);
        }
    }

    private static object? ParseObject(ActivityExecutionContext context, string inputName, string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ActivityInputException(context, inputName, $"the Object expression is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>A Variable expression's value names the variable: a plain name or id, or a JSON object with one.</summary>
    private static string VariableName(JsonNode? value)
    {
        var text = value is JsonObject o ? o.ToJsonString() : value.AsString() ?? "";
        if (!text.TrimStart().StartsWith('{')) return text;
        var obj = JsonNode.Parse(text) as JsonObject;
        return obj?.GetString("name") ?? obj?.GetString("id") ?? text;
    }
}
