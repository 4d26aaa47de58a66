namespace PmoFlow.Core.Value;

/// <summary>A value statement in business language, with every number linked to its evidence.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service, or null for the PMO as a whole.</param>
/// <param name="Text">The statement ("$2.1M validated cost avoidance across 4 services this quarter").</param>
/// <param name="Amount">The headline amount, if any.</param>
/// <param name="Unit">The amount's unit.</param>
/// <param name="EvidenceLinks">Links to the benefits, observations or documents behind it.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record ValueStatement(string Id, string? ServiceId, string Text, decimal? Amount, string? Unit, IReadOnlyList<string> EvidenceLinks, DateTimeOffset PublishedAt);
