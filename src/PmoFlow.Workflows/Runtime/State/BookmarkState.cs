using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Runtime.State;

/// <summary>A stored bookmark.</summary>
public sealed class BookmarkState
{
    /// <summary>Unique within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of stimulus (usually the activity type).</summary>
    public required string Name { get; init; }

    /// <summary>The stimulus key, such as an event name.</summary>
    public string? Key { get; init; }

    /// <summary>For timers: when it is due.</summary>
    public DateTimeOffset? ResumeAt { get; init; }

    /// <summary>The activity context waiting on it.</summary>
    public required string ContextId { get; init; }

    /// <summary>The id of the activity waiting on it.</summary>
    public required string ActivityId { get; init; }

    /// <summary>JSON the activity stored with it.</summary>
    public JsonObject? Payload { get; init; }
}
