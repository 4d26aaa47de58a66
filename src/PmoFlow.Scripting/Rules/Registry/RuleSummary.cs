namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>One rule of an active pack version, as the status shows it.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="File">Its file.</param>
/// <param name="Gates">The gates it decides.</param>
/// <param name="Version">Its declared version.</param>
/// <param name="Description">What it checks.</param>
internal sealed record RuleSummary(string Id, string File, IReadOnlyList<string> Gates, string Version, string Description);
