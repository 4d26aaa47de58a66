using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>A context whose outcome a candidate pack would change, with both explanations.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">The gate.</param>
/// <param name="Before">What the rules in force decide.</param>
/// <param name="After">What the candidate would decide.</param>
internal sealed record WhatIfChange(string ServiceId, string Gate, GateEvaluation Before, GateEvaluation After);
