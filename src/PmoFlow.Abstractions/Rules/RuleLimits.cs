namespace PmoFlow.Abstractions.Rules;

/// <summary>The budget of one gate evaluation, enforced by checks the compiler injects into every loop and call of a rule.</summary>
/// <param name="MaxSteps">Loop iterations plus calls into rule code (lambdas, local functions).</param>
/// <param name="MaxCallDepth">How deep calls into rule code may nest.</param>
/// <param name="Timeout">How long the evaluation may run, by the host's clock.</param>
/// <param name="MaxAllocatedBytes">How much memory the evaluation's thread may allocate.</param>
public sealed record RuleLimits(long MaxSteps, int MaxCallDepth, TimeSpan Timeout, long MaxAllocatedBytes)
{
    /// <summary>1,000,000 steps, depth 64, 2 seconds, 64 MB: far above what the default rules use (hundreds of steps, kilobytes).</summary>
    public static RuleLimits Default { get; } = new(1_000_000, 64, TimeSpan.FromSeconds(2), 64L * 1024 * 1024);
}
