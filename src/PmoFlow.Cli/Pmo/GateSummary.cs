using PmoFlow.Core.Gates;

namespace PmoFlow.Cli.Pmo;

/// <summary>The latest evaluation of the gate a service waits at, in brief (the server's <c>GateSummary</c>).</summary>
internal sealed record GateSummary(string Gate, GateOutcome Outcome, DateTimeOffset EvaluatedAt, IReadOnlyList<string> WhatWouldPass);
