namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// A recorded evaluation that cannot be replayed, and why: it was not made by a rule pack, its rules are not archived
/// here, they no longer load, or its snapshot does not read.
/// </summary>
internal sealed class ReplayRefusedException(string message, Exception? innerException = null) : Exception(message, innerException);
