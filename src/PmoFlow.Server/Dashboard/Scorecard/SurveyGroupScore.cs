using PmoFlow.Core.Surveys;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>CSAT and NPS of one customer group over this fiscal year's responses, with the responses themselves.</summary>
internal sealed record SurveyGroupScore(string Group, int Responses, int CsatAnswers, int NpsAnswers, decimal? Csat, decimal? Nps, string Href)
{
    /// <summary>The responses, newest first (left out of the chart JSON: the page lists them).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<(SurveyResponse Response, string ServiceName)> Records { get; init; } = [];
}
