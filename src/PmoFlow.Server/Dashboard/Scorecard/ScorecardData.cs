using PmoFlow.Core.Gates;
using PmoFlow.Core.Value;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>Everything the scorecard and its executive summary are computed from, read once per request.</summary>
/// <param name="Services">Every service with its records, by name.</param>
/// <param name="Thresholds">The gate thresholds in force (the NPS target, the minimum responses for CSAT and NPS).</param>
/// <param name="ValueStatements">Published value statements, newest first.</param>
internal sealed record ScorecardData(IReadOnlyList<ServiceRecords> Services, GateThresholds Thresholds, IReadOnlyList<ValueStatement> ValueStatements);
