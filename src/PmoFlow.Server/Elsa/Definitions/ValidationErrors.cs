using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>
/// PmoFlow's validation messages in Elsa's <c>validationErrors</c> form (<c>{message, activityId}</c>), with PmoFlow's JSON
/// path, position and severity alongside so the same answer serves the Studio and a script.
/// </summary>
internal static partial class ValidationErrors
{
    public static JsonArray From(ValidationResult validation, JsonObject? definition)
    {
        var errors = new JsonArray();
        foreach (var message in validation.Errors)
        {
            errors.Add(new JsonObject
            {
                ["message"] = message.Message,
                ["activityId"] = definition is null ? null : ActivityIdAt(definition, message.Path),
                ["path"] = message.Path,
                ["line"] = message.Line,
                ["column"] = message.Column,
            });
        }
        return errors;
    }

    /// <summary>The problem the Studio shows when a publish is refused: each message under its JSON path, as a validation problem does.</summary>
    public static IResult Refused(ValidationResult validation, JsonObject? definition, string title)
    {
        var byPath = validation.Errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        var problem = new HttpValidationProblemDetails(byPath)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = string.Join(" ", validation.Errors.Select(e => e.Message)),
            Extensions = { ["validationErrors"] = From(validation, definition) },
        };
        return TypedResults.Problem(problem);
    }

    /// <summary>The id of the innermost activity a path like <c>$.root.activities[3].text</c> points into, if any.</summary>
    internal static string? ActivityIdAt(JsonObject definition, string path)
    {
        JsonNode? node = definition;
        string? id = null;
        foreach (Match step in PathStep().Matches(path))
        {
            node = step.Groups["name"].Success ? (node as JsonObject)?[step.Groups["name"].Value]
                : (node as JsonArray) is { } array && int.TryParse(step.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count ? array[i]
                : null;
            if (node is null) break;
            if (node is JsonObject activity && activity["type"] is JsonValue && activity["id"] is JsonValue idValue && !ReferenceEquals(activity, definition["root"]))
                id = idValue.ToString();
        }
        return id;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_$]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
