namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>One record behind a figure.</summary>
/// <param name="Kind"><c>benefit</c>, <c>observation</c>, <c>survey-group</c> or <c>service</c>.</param>
/// <param name="Label">What the record says, in a line ("Avoided contractor spend · Benefits realization office · 2026-Q2: $80k").</param>
/// <param name="Href">The record on the dashboard (a service page anchor, a scorecard section).</param>
/// <param name="Source">The evidence the record itself cites (an observation's evidence link), when it is a safe link.</param>
internal sealed record EvidenceLink(string Kind, string Label, string Href, string? Source = null);
