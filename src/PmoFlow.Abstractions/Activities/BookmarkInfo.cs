using System.Text.Json.Nodes;

namespace PmoFlow.Abstractions.Activities;

/// <summary>A bookmark as stored with the instance.</summary>
/// <param name="Id">Unique within the instance.</param>
/// <param name="Name">The kind of stimulus that resumes it.</param>
/// <param name="Key">What identifies the stimulus within that kind.</param>
/// <param name="ResumeAt">For timers: when it is due.</param>
/// <param name="Payload">JSON the activity stored with it.</param>
/// <param name="Input">What the resumer passed, when resuming.</param>
public sealed record BookmarkInfo(string Id, string Name, string? Key, DateTimeOffset? ResumeAt, JsonObject? Payload, JsonObject? Input = null);
