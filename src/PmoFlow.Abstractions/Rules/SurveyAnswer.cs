namespace PmoFlow.Abstractions.Rules;

/// <summary>One answer to a pulse survey about the service.</summary>
public sealed class SurveyAnswer
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The respondent's customer group.</summary>
    public string CustomerGroup { get; init; } = "";

    /// <summary>Satisfaction 1–5, if asked.</summary>
    public int? Csat { get; init; }

    /// <summary>Likelihood to recommend 0–10, if asked.</summary>
    public int? Nps { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset RespondedAt { get; init; }

    /// <summary>Free text, if any.</summary>
    public string? Comment { get; init; }
}
