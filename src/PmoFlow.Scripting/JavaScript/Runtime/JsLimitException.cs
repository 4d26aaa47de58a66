namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>A limit was hit; deliberately not a <see cref="JsThrowException"/> so script try/catch cannot swallow it.</summary>
internal sealed class JsLimitException(string message) : Exception(message);
