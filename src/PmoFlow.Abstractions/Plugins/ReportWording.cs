namespace PmoFlow.Abstractions.Plugins;

/// <summary>How reports word things for an industry: phrase templates that replace PmoFlow's defaults.</summary>
public sealed record ReportWording
{
    /// <summary>The language of the phrases, as a culture name (<c>en</c>, <c>en-GB</c>).</summary>
    public string Culture { get; init; } = "en";

    /// <summary>
    /// Phrase templates keyed by the report phrase they replace (<c>value-statement.cost-avoidance</c> →
    /// <c>{amount} in incident costs avoided</c>). Placeholders in braces are filled by the report.
    /// </summary>
    public IReadOnlyDictionary<string, string> Phrases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
