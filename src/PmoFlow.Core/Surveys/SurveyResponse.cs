namespace PmoFlow.Core.Surveys;

/// <summary>One answer to a pulse survey about a service.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="CustomerGroup">The respondent's customer group.</param>
/// <param name="Csat">Satisfaction 1–5, if asked.</param>
/// <param name="Nps">Likelihood to recommend 0–10, if asked.</param>
/// <param name="RespondedAt">When.</param>
/// <param name="Comment">Free text, if any.</param>
public sealed record SurveyResponse(string Id, string ServiceId, string CustomerGroup, int? Csat, int? Nps, DateTimeOffset RespondedAt, string? Comment);
