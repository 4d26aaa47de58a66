namespace PmoFlow.Scripting.JavaScript.Interpretation;

/// <summary>The validated limits one evaluation runs under, copied from <see cref="JavaScriptOptions"/>.</summary>
internal sealed record InterpreterLimits(long MaxStatements, TimeSpan Timeout, long MaxMemoryBytes, int MaxRecursionDepth)
{
    public static InterpreterLimits From(JavaScriptOptions options) =>
        new(options.MaxStatements, options.Timeout, options.MaxMemoryBytes, options.MaxRecursionDepth);
}
