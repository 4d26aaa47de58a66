using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Definitions;

/// <summary>Where definitions are kept, with Elsa's versioning: drafts, one published version, history.</summary>
public interface IWorkflowDefinitionStore : IWorkflowDefinitionProvider
{
    /// <summary>One version per definition, chosen by <paramref name="options"/>.</summary>
    IReadOnlyList<WorkflowDefinition> List(VersionOptions options);

    /// <summary>Every stored version of a definition, oldest first.</summary>
    IReadOnlyList<WorkflowDefinition> ListVersions(string definitionId);

    /// <summary>
    /// Stores <paramref name="definition"/> as given (version number, ids and flags already decided by the
    /// caller), marking it latest and, when published, unpublishing the previous published version.
    /// </summary>
    void Put(WorkflowDefinition definition);

    /// <summary>Unpublishes the published version, if any. Returns whether there was one.</summary>
    bool Retract(string definitionId);

    /// <summary>Deletes every version of a definition. Returns whether there was one.</summary>
    bool Delete(string definitionId);
}
