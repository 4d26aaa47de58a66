namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>One item of a test file's <c>cases</c> array: the case, or why it does not read.</summary>
/// <param name="Name">The case's name (<c>case 3</c> when it has none).</param>
/// <param name="Path">Where it is in its file (<c>$.cases[2]</c>).</param>
/// <param name="Case">The case, when it reads.</param>
/// <param name="Error">What is wrong with it, at its file and JSON path, when it does not.</param>
internal sealed record RuleTestEntry(string Name, string Path, RuleTestCase? Case, string? Error);
