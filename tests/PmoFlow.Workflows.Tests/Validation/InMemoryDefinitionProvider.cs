using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>Serves a fixed set of definitions, enough for workflow-as-activity types to resolve in tests.</summary>
internal sealed class InMemoryDefinitionProvider(IReadOnlyList<WorkflowDefinition> definitions) : IWorkflowDefinitionProvider
{
    public long Revision => 0;

    /// <summary>Every definition in a folder (for the Elsa samples: a parent's child workflows sit beside it).</summary>
    public static InMemoryDefinitionProvider FromFolder(string folder) =>
        new([.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(WorkflowDefinitionReader.ReadFile)]);

    public WorkflowDefinition? FindByVersionId(string versionId) => definitions.FirstOrDefault(d => d.Id == versionId);

    public WorkflowDefinition? Find(string definitionId, VersionOptions options) =>
        Pick(definitions.Where(d => d.DefinitionId == definitionId));

    public WorkflowDefinition? FindActivityDefinition(string activityTypeName) =>
        Pick(definitions.Where(d => d.UsableAsActivity && d.ActivityTypeName == activityTypeName));

    public IReadOnlyList<WorkflowDefinition> ListActivityDefinitions() =>
        [.. definitions.Where(d => d.UsableAsActivity).GroupBy(d => d.DefinitionId).Select(g => Pick(g)!)];

    // The published version, else the newest: what the interface promises for activity types.
    private static WorkflowDefinition? Pick(IEnumerable<WorkflowDefinition> versions) =>
        versions.OrderByDescending(d => d.IsPublished).ThenByDescending(d => d.Version).FirstOrDefault();
}
