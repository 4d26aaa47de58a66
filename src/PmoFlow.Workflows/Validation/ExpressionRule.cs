using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Activities.Scripting;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// Compiles every expression input (and RunCSharp/RunJavaScript scripts) against the shape the workflow gives
/// it, so a typo shows up when the definition is saved instead of when that branch first runs.
/// </summary>
internal sealed class ExpressionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var node in context.Nodes)
        {
            var script = context.Behavior(node) as IScriptActivity;
            foreach (var (input, property) in node.InputProperties)
            {
                if (property is not JsonObject wrapped || wrapped["expression"] is not JsonObject expression) continue;
                var type = expression.GetString("type") ?? "Literal";
                var path = $"{node.JsonPath}.{input}.expression";
                switch (type)
                {
                    case "Literal" when script is not null && input == "script":
                        CheckScript(context, node, input, script.Language, expression["value"].AsString() ?? "", path);
                        break;
                    case "Literal" or "Variable" or "Input":
                        break;
                    case "Object":
                        CheckJson(context, node, input, expression["value"], $"{path}.value");
                        break;
                    default:
                        CheckExpression(context, node, input, type, expression["value"].AsString() ?? "", path);
                        break;
                }
            }
        }
    }

    private static void CheckExpression(ValidationContext context, ActivityModel node, string input, string type, string source, string path)
    {
        if (context.Evaluator(type) is { } evaluator)
        {
            Compile(context, evaluator, Prefix(node, input), source, $"{path}.value");
            return;
        }
        var known = string.Join(", ", new[] { "Literal", "Object", "Variable", "Input" }.Concat(context.EvaluatorTypes));
        context.Warning($"{path}.type",
            $"{Prefix(node, input)}: no evaluator for {type} expressions is registered, so the expression is not checked and will fault when it runs; use one of {known}.");
    }

    private static void CheckScript(ValidationContext context, ActivityModel node, string input, string language, string source, string path)
    {
        if (context.Evaluator(language) is { } evaluator)
        {
            Compile(context, evaluator, Prefix(node, input), source, $"{path}.value");
            return;
        }
        context.Warning($"{path}.value",
            $"{Prefix(node, input)}: no evaluator for {language} is registered, so the script is not checked and will fault when it runs; enable {language} scripting on this server.");
    }

    private static string Prefix(ActivityModel node, string input) => $"{ValidationContext.Describe(node)}, input '{input}'";

    private static void Compile(ValidationContext context, IExpressionEvaluator evaluator, string prefix, string source, string path)
    {
        IReadOnlyList<ExpressionDiagnostic> diagnostics;
        try
        {
            diagnostics = evaluator.Check(source, context.Scope.Shape);
        }
        catch (ExpressionException ex)
        {
            context.Error(path, $"{prefix}: {evaluator.ExpressionType}: {ex.Message}");
            return;
        }
        foreach (var d in diagnostics)
        {
            var message = $"{prefix}: {evaluator.ExpressionType} (line {d.Line}, column {d.Column}): {d.Message}";
            // Compiler warnings do not stop the expression from running, so they do not block the definition.
            if (d.IsError) context.Error(path, message);
            else context.Warning(path, message);
        }
    }

    private static void CheckJson(ValidationContext context, ActivityModel node, string input, JsonNode? value, string path)
    {
        // Elsa stores an Object expression as JSON text; anything else is already a JSON value.
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String) return;
        var json = text.GetValue<string>();
        if (string.IsNullOrWhiteSpace(json)) return;
        try
        {
            JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            var where = $"line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1} of the value";
            context.Error(path, $"{Prefix(node, input)}: the Object expression is not valid JSON: {JsonErrors.WithoutPosition(ex.Message)} ({where}); write the value as JSON.");
        }
    }
}
