using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Persistence.Tests.Support;

/// <summary>Instance states to save, and a way to commit effects the way a transition does.</summary>
internal static class EffectsHarness
{
    public static WorkflowInstanceState Instance(string id = "i1", string? correlationId = "s1", WorkflowStatus status = WorkflowStatus.Suspended, params BookmarkState[] bookmarks) => new()
    {
        InstanceId = id,
        DefinitionId = "flywheel",
        DefinitionVersionId = "flywheel-v1",
        DefinitionVersion = 1,
        Status = status,
        CorrelationId = correlationId,
        CreatedAt = Sample.T0,
        UpdatedAt = Sample.T0,
        Bookmarks = [.. bookmarks],
        Root = new ScopeState(),
        NextId = 7,
        Properties = new System.Text.Json.Nodes.JsonObject { ["host"] = "test" },
    };

    public static BookmarkState Bookmark(string id, string name, string? key = null, DateTimeOffset? resumeAt = null) =>
        new() { Id = id, Name = name, Key = key, ResumeAt = resumeAt, ContextId = $"ctx-{id}", ActivityId = $"act-{id}" };

    /// <summary>Saves a fresh instance carrying <paramref name="effects"/>.</summary>
    public static async Task<WorkflowInstanceState> CommitAsync(SqliteTestDatabase db, params WorkflowEffect[] effects)
    {
        var state = Instance($"fx-{Guid.NewGuid():N}");
        state.PendingEffects.AddRange(effects);
        await db.Instances.SaveAsync(state);
        return state;
    }
}
