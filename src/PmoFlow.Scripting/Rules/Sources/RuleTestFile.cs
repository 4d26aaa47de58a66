namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>One file of test cases stored beside a pack's rules (<c>tests/value-delivery.json</c>).</summary>
/// <param name="Name">Its name within the pack's tests folder.</param>
/// <param name="Json">Its content.</param>
internal sealed record RuleTestFile(string Name, string Json);
