namespace PmoFlow.Core.Charter;

/// <summary>The PMO's mandate.</summary>
/// <param name="Scope">What the PMO covers.</param>
/// <param name="Authority">Who gave it that mandate.</param>
public sealed record Mandate(string Scope, string Authority);
