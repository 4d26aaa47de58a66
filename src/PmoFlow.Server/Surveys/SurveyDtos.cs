using PmoFlow.Core.Surveys;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Surveys;

/// <summary>One answer to a pulse survey: CSAT 1–5, NPS 0–10, or both.</summary>
internal sealed record SurveyResponseRequest(string? CustomerGroup, int? Csat, int? Nps, string? Comment)
{
    /// <summary>The response, or null after recording what is wrong in <paramref name="errors"/>.</summary>
    public SurveyResponse? ToResponse(string serviceId, DateTimeOffset now, RequestErrors errors)
    {
        var group = errors.Text("customerGroup", CustomerGroup, 100);
        if (Csat is null && Nps is null) errors.Add("csat", "Give 'csat' (1-5), 'nps' (0-10) or both.");
        errors.Range("csat", Csat, 1, 5);
        errors.Range("nps", Nps, 0, 10);
        var comment = errors.Text("comment", Comment, 2000, required: false);
        return errors.HasErrors ? null : new SurveyResponse(ApiIds.New(), serviceId, group!, Csat, Nps, now, comment);
    }
}

/// <summary>The response as stored, and the service after its gate looked at it.</summary>
internal sealed record SurveyResponseRecorded(SurveyResponse Response, ServiceView Service);

/// <summary>A service's survey responses with CSAT (mean, 1–5) and NPS (−100 to 100) over all of them.</summary>
internal sealed record SurveySummary(int Count, decimal? Csat, decimal? Nps, IReadOnlyList<SurveyResponse> Responses);
