namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>A test file that does not read at all (not JSON, or no <c>cases</c> array); the message names the file and where.</summary>
internal sealed class RuleTestFileException(string message, Exception? innerException = null) : Exception(message, innerException);
