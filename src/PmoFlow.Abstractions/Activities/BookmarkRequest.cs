using System.Text.Json.Nodes;

namespace PmoFlow.Abstractions.Activities;

/// <summary>What an activity asks for when it suspends.</summary>
/// <param name="Name">The kind of stimulus that resumes it, usually the activity type (<c>Elsa.Event</c>).</param>
/// <param name="Key">What identifies the stimulus within that kind, such as the event name; null when any will do.</param>
/// <param name="ResumeAt">For timers: when the scheduler should resume it.</param>
/// <param name="Payload">Extra JSON the activity wants back on resume.</param>
public sealed record BookmarkRequest(string Name, string? Key = null, DateTimeOffset? ResumeAt = null, JsonObject? Payload = null);
