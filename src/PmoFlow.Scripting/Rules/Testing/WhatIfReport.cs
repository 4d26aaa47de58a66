using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>A candidate pack evaluated against a set of contexts.</summary>
/// <param name="Pack">The candidate's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Diagnostics">Why it did not load, if it did not.</param>
/// <param name="Compared">How many contexts the candidate has rules for (the rest it would not decide).</param>
/// <param name="Changes">The contexts whose outcome it changes.</param>
/// <param name="Contexts">How many contexts it was given.</param>
internal sealed record WhatIfReport(string Pack, string Hash, IReadOnlyList<RuleDiagnostic> Diagnostics, int Compared, IReadOnlyList<WhatIfChange> Changes, int Contexts);
