using PmoFlow.Core.Gates;

namespace PmoFlow.Hosting.Industry;

/// <summary>The gate thresholds rules read under an industry selection.</summary>
/// <param name="Gates">
/// The typed thresholds: the organization's, except where the organization kept PmoFlow's default and the industry
/// profile has its own.
/// </param>
/// <param name="Named">
/// Thresholds by name (<c>hse.trir.max</c>): the profile's own, under those configured in <c>PmoFlow:Rules:Thresholds</c>.
/// </param>
/// <param name="Problems">Profile thresholds that were ignored, and why (out of range, not a whole number...).</param>
public sealed record EffectiveThresholds(GateThresholds Gates, IReadOnlyDictionary<string, decimal> Named, IReadOnlyList<string> Problems);
