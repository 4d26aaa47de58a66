using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Runtime.State;

/// <summary>
/// Everything needed to resume an instance in another process exactly where it stopped: the activity
/// execution tree with each activity's own state (flowchart tokens or counters, sequence position), the
/// scheduler queue, bookmarks, variables and outputs. Serializes to JSON with <see cref="InstanceStateSerializer"/>.
/// </summary>
public sealed class WorkflowInstanceState
{
    /// <summary>The instance id.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The definition id.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The definition version id the instance is pinned to.</summary>
    public required string DefinitionVersionId { get; init; }

    /// <summary>The definition version number the instance is pinned to.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>Which flowchart engine runs this instance.</summary>
    public FlowchartMode FlowchartMode { get; init; }

    /// <summary>Where the instance stands.</summary>
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    /// <summary>The correlation id.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The instance name (set by <c>Elsa.SetName</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The id of the instance that started this one with <c>Elsa.ExecuteWorkflow</c>, if any.</summary>
    public string? ParentInstanceId { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the instance last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the instance finished, if it did.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The root scope: workflow input, output and variables.</summary>
    public ScopeState Root { get; set; } = new();

    /// <summary>Activity executions that have not finished, parents before children.</summary>
    public List<ActivityContextState> Contexts { get; set; } = [];

    /// <summary>Work waiting to run, first in first out.</summary>
    public List<WorkItem> Queue { get; set; } = [];

    /// <summary>Bookmarks waiting to be resumed.</summary>
    public List<BookmarkState> Bookmarks { get; set; } = [];

    /// <summary>Why the instance faulted.</summary>
    public FaultInfo? Fault { get; set; }

    /// <summary>Which activities ran and how they ended, in order.</summary>
    public List<ExecutionLogEntry> Log { get; set; } = [];

    /// <summary>Counter for ids handed out within the instance, so ids are stable across processes.</summary>
    public long NextId { get; set; }

    /// <summary>Effects recorded since the state was last saved; the instance store commits and clears them.</summary>
    public List<PmoFlow.Abstractions.Activities.WorkflowEffect> PendingEffects { get; set; } = [];

    /// <summary>Any extra data hosts keep with the instance.</summary>
    public JsonObject? Properties { get; set; }
}
