namespace PmoFlow.Hosting.Rules;

/// <summary>One rule of a pack, as its header declares it.</summary>
/// <param name="Id">The rule id, unique in its pack.</param>
/// <param name="File">Its file within the pack.</param>
/// <param name="Gates">The gates it decides.</param>
/// <param name="Version">Its declared version (the pack's content hash is what evaluations cite).</param>
/// <param name="Description">What it checks.</param>
public sealed record RuleView(string Id, string File, IReadOnlyList<string> Gates, string Version, string Description);
