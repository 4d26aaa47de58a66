using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Definitions;

/// <summary>What a save or publish did.</summary>
/// <param name="Succeeded">Whether the definition was stored.</param>
/// <param name="Definition">The stored version, with its final ids, version and flags; null when refused.</param>
/// <param name="Validation">Every validation message, errors and warnings.</param>
public sealed record SaveResult(bool Succeeded, WorkflowDefinition? Definition, ValidationResult Validation)
{
    /// <summary>The error messages, in Elsa's <c>validationErrors</c> form (message text only).</summary>
    public IReadOnlyList<string> ValidationErrors => Validation.Errors.Select(e => e.Message).ToArray();
}
