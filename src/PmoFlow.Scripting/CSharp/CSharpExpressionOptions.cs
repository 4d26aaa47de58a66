namespace PmoFlow.Scripting.CSharp;

/// <summary>Settings for C# workflow expressions, bound from <see cref="SectionName"/>.</summary>
public sealed class CSharpExpressionOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "PmoFlow:CSharp";

    /// <summary>The largest accepted value of <see cref="MaxCachedExpressions"/>.</summary>
    public const int MaxCachedExpressionsLimit = 1_000_000;

    /// <summary>
    /// How many compiled expressions (distinct source and variable shape) stay cached. When the cache
    /// grows past this, the least recently used tenth is dropped and its load contexts unloaded once
    /// nothing uses them. Each compiled expression holds a few kilobytes of loaded code. Default 10,000.
    /// </summary>
    public int MaxCachedExpressions { get; set; } = 10_000;
}
