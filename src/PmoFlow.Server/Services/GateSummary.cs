using PmoFlow.Core.Gates;

namespace PmoFlow.Server.Services;

/// <summary>The gate a service waits at, in brief: its outcome and what would make it pass.</summary>
internal sealed record GateSummary(string Gate, GateOutcome Outcome, DateTimeOffset EvaluatedAt, IReadOnlyList<string> WhatWouldPass);
