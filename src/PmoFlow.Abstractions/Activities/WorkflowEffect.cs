using System.Text.Json.Nodes;

namespace PmoFlow.Abstractions.Activities;

/// <summary>
/// A change an activity makes to the world outside its instance (a service entered a step, a gate was
/// evaluated). Effects are kept with the instance state and committed by the instance store in the same
/// transaction as that state, so they happen exactly once, together with the transition that caused them.
/// </summary>
/// <param name="Type">What kind of change, such as <c>pmo.step-entered</c>; the store needs a handler for it.</param>
/// <param name="Data">The change, as JSON.</param>
public sealed record WorkflowEffect(string Type, JsonObject Data);
