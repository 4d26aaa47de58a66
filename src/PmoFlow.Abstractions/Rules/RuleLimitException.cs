namespace PmoFlow.Abstractions.Rules;

/// <summary>A rule exceeded its evaluation's budget and was stopped; the evaluation fails, the host carries on.</summary>
public sealed class RuleLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The limit exceeded.</param>
    /// <param name="message">What happened, in words.</param>
    public RuleLimitException(RuleLimit limit, string message) : base(message) => Limit = limit;

    /// <summary>The limit exceeded.</summary>
    public RuleLimit Limit { get; }
}
