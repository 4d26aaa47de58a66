using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>Checks an Elsa 3 workflow definition before it is saved, published or run.</summary>
public interface IWorkflowValidator
{
    /// <summary>Parses and checks JSON text; malformed JSON is reported as a message, never thrown.</summary>
    /// <param name="json">The definition as JSON text (a leading byte-order mark is allowed).</param>
    /// <param name="source">Where the text came from (a file path), kept on the parsed definition.</param>
    ValidationResult Validate(string json, string? source = null);

    /// <summary>Checks a parsed definition.</summary>
    /// <param name="definition">The definition to check.</param>
    /// <param name="json">The text it was parsed from, if known: messages then carry line and column.</param>
    ValidationResult Validate(WorkflowDefinition definition, string? json = null);
}
