using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Definitions;

/// <summary>Where the runtime finds definitions: by version id, by definition id, or as an activity type.</summary>
public interface IWorkflowDefinitionProvider
{
    /// <summary>Increments whenever a definition is saved, published or deleted, so caches know to refresh.</summary>
    long Revision { get; }

    /// <summary>A definition version by its version id.</summary>
    WorkflowDefinition? FindByVersionId(string versionId);

    /// <summary>A definition by definition id and version choice.</summary>
    WorkflowDefinition? Find(string definitionId, VersionOptions options);

    /// <summary>
    /// The definition a workflow-as-activity type name refers to: the published (else newest) version of the
    /// definition usable as an activity whose PascalCased name is <paramref name="activityTypeName"/>.
    /// </summary>
    WorkflowDefinition? FindActivityDefinition(string activityTypeName);

    /// <summary>Every definition usable as an activity, at its published (else newest) version.</summary>
    IReadOnlyList<WorkflowDefinition> ListActivityDefinitions();
}
