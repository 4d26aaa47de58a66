using System.Text.Json;
using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// One stored test case: a service's data (the same JSON as an evaluation snapshot's <c>$context</c>, missing lists
/// and settings defaulted), a virtual time, and the outcome and clauses the pack must produce.
/// </summary>
/// <param name="File">The test file.</param>
/// <param name="Name">The case's name.</param>
/// <param name="Gate">The gate evaluated.</param>
/// <param name="Now">The engine's clock for the case.</param>
/// <param name="Context">The service's data.</param>
/// <param name="Thresholds">Named thresholds for the case.</param>
/// <param name="Outcome">The expected outcome, if the case states one.</param>
/// <param name="Clauses">The expected clauses, in order; each states only the fields it checks.</param>
/// <param name="Path">Where the case is in its file (<c>$.cases[2]</c>), for errors in its context.</param>
internal sealed record RuleTestCase(string File, string Name, string Gate, DateTimeOffset Now, JsonElement Context, IReadOnlyDictionary<string, decimal> Thresholds,
    GateOutcome? Outcome, IReadOnlyList<ExpectedClause>? Clauses, string Path = "$.cases[0]");

/// <summary>A clause a test case expects; null fields are not checked.</summary>
/// <param name="Name">The clause's name.</param>
/// <param name="Passed">Whether it passes.</param>
/// <param name="Description">Its description.</param>
/// <param name="Observed">What it observed.</param>
/// <param name="Threshold">Its threshold.</param>
/// <param name="Missing">What would make it pass.</param>
/// <param name="Kind">What its failure means.</param>
/// <param name="Severity">Required or Warning.</param>
internal sealed record ExpectedClause(string Name, bool? Passed = null, string? Description = null, string? Observed = null, string? Threshold = null,
    string? Missing = null, GateOutcome? Kind = null, ClauseSeverity? Severity = null);
