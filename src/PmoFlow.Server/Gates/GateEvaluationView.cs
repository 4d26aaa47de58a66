using System.Text.Json;
using PmoFlow.Core.Gates;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Gates;

/// <summary>A gate evaluation record: every clause with observed value and threshold, what would pass, and the input it saw.</summary>
internal sealed record GateEvaluationView(string Id, string ServiceId, string Gate, int Turn, DateTimeOffset EvaluatedAt, GateOutcome Outcome, bool Passed,
    IReadOnlyList<GateClause> Clauses, IReadOnlyList<string> WhatWouldPass, string Evaluator, string? WaiverId, JsonElement? InputSnapshot)
{
    public static GateEvaluationView From(GateEvaluation e) => new(e.Id, e.ServiceId, e.Gate, e.Turn, e.EvaluatedAt, e.Outcome, e.Passed,
        e.Clauses, e.WhatWouldPass, e.Evaluator, e.WaiverId, JsonText.Parse(e.InputSnapshot));
}
