namespace PmoFlow.Scripting.JavaScript;

/// <summary>Limits for JavaScript workflow expressions, bound from <see cref="SectionName"/>.</summary>
public sealed class JavaScriptOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "PmoFlow:JavaScript";

    /// <summary>The most statements and loop iterations one evaluation may run. Default 100,000.</summary>
    public long MaxStatements { get; set; } = 100_000;

    /// <summary>The longest one evaluation may run, measured with the injected <see cref="TimeProvider"/>. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most memory one evaluation may allocate, in bytes, counted approximately from what the script
    /// creates (string characters, array slots, object properties). Default 32 MB.
    /// </summary>
    public long MaxMemoryBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>The deepest nesting of function calls one evaluation may reach. Default 256.</summary>
    public int MaxRecursionDepth { get; set; } = 256;
}
