namespace PmoFlow.Abstractions.Plugins;

/// <summary>A control a service must show evidence of, such as a signed HSE plan or a GxP validation.</summary>
/// <param name="Id">The control id, such as <c>hse.plan-signed</c>.</param>
/// <param name="Title">What the control is, as users see it.</param>
/// <param name="BeforeStep">The flywheel step (1–10) a service may not enter without it; null for every step.</param>
/// <param name="Description">What counts as evidence.</param>
public sealed record MandatoryControl(string Id, string Title, int? BeforeStep = null, string? Description = null);
