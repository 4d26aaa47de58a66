using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Definitions;

/// <summary>Saves, imports and publishes definitions: validation first, then versioning, then the store.</summary>
public interface IWorkflowDefinitionService
{
    /// <summary>
    /// Parses, validates and stores definition JSON. A definition with errors is refused (unless
    /// <see cref="SaveOptions.FailOnValidationErrors"/> is false) and the stored versions stay as they were.
    /// </summary>
    SaveResult Save(string json, SaveOptions options, string? source = null);

    /// <summary>Validates and stores a parsed definition.</summary>
    SaveResult Save(WorkflowDefinition definition, SaveOptions options);

    /// <summary>Publishes the latest version of a definition, validating it again.</summary>
    SaveResult Publish(string definitionId, bool failOnValidationErrors = true);
}
