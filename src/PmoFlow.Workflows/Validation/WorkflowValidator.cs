using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// Runs every <see cref="IValidationRule"/> over a definition and, when the JSON text is known, gives each
/// message the line and column its path points at. Never throws for bad input: every problem is a message.
/// </summary>
internal sealed class WorkflowValidator : IWorkflowValidator
{
    private static readonly IValidationRule[] Rules =
    [
        new ActivityIdRule(),
        new ActivityTypeRule(),
        new ConnectionRule(),
        new ReachabilityRule(),
        new ExpressionRule(),
        new VariableRule(),
    ];

    private readonly IActivityRegistry _registry;
    private readonly Dictionary<string, IExpressionEvaluator> _evaluators = new(StringComparer.OrdinalIgnoreCase);

    public WorkflowValidator(IActivityRegistry registry, IEnumerable<IExpressionEvaluator> evaluators)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(evaluators);
        _registry = registry;
        // Same lookup as the runtime's InputEvaluator: the last registration of a type wins, case-insensitively.
        foreach (var evaluator in evaluators) _evaluators[evaluator.ExpressionType] = evaluator;
    }

    public ValidationResult Validate(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        WorkflowDefinition definition;
        try
        {
            var obj = WorkflowDefinitionReader.ParseObject(json, source);
            if (FindBadOutcome(obj) is { } badOutcome)
                return Locate([badOutcome], json);
            definition = WorkflowDefinition.FromJson(obj, source);
        }
        catch (WorkflowFormatException ex) when (ex.Line is null)
        {
            // A wrong shape: the text is valid JSON, so the path can be located in it.
            return Locate([new ValidationMessage(ValidationSeverity.Error, ex.JsonPath, ex.Problem)], json);
        }
        catch (WorkflowFormatException ex)
        {
            return new ValidationResult([Malformed(ex, json)]);
        }
        return Validate(definition, json);
    }

    public ValidationResult Validate(WorkflowDefinition definition, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var context = new ValidationContext(definition, _registry, _evaluators);
        foreach (var rule in Rules) rule.Check(context);
        return json is null ? new ValidationResult(context.Messages) : Locate(context.Messages, json);
    }

    /// <summary>
    /// Malformed JSON keeps the parser's position; the path becomes the object being read when the parser
    /// only says <c>$</c>, and the parser's 0-based position is dropped from the text, which already has it 1-based.
    /// </summary>
    private static ValidationMessage Malformed(WorkflowFormatException ex, string json)
    {
        var path = ex.JsonPath == "$" ? new JsonPositionMap(json).ErrorPath ?? "$" : ex.JsonPath;
        return new ValidationMessage(ValidationSeverity.Error, path, JsonErrors.WithoutPosition(ex.Problem), ex.Line, ex.Column);
    }

    private static ValidationResult Locate(IReadOnlyList<ValidationMessage> messages, string json)
    {
        var map = new JsonPositionMap(json);
        var located = messages.Select(m => m.Line is null && map.TryGet(m.Path, out var line, out var column) ? m with { Line = line, Column = column } : m);
        // Document order reads best; OrderBy is stable, so messages at one position keep the rules' order.
        return new ValidationResult(located.OrderBy(m => m.Line ?? long.MaxValue).ThenBy(m => m.Column ?? long.MaxValue));
    }

    /// <summary>
    /// WorkflowDefinition reads <c>outcomes</c> as strings and throws InvalidOperationException on anything else,
    /// so that case is reported here before the model sees it.
    /// </summary>
    private static ValidationMessage? FindBadOutcome(JsonObject definition)
    {
        if (definition["outcomes"] is not JsonArray outcomes) return null;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] is null || (outcomes[i] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)) continue;
            return new ValidationMessage(ValidationSeverity.Error, $"$.outcomes[{i}]", "an outcome must be a string; write the outcome's name in quotes.");
        }
        return null;
    }
}
