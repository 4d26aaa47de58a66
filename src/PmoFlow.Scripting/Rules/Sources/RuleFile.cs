namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>One <c>.csx</c> file of a rule pack.</summary>
/// <param name="Name">Its name within the pack (<c>value-delivery.csx</c>), the name diagnostics and stack traces show.</param>
/// <param name="Text">Its content.</param>
internal sealed record RuleFile(string Name, string Text);
