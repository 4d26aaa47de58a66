namespace PmoFlow.Core.Surveys;

/// <summary>CSAT and NPS over a set of responses.</summary>
public static class SurveyMath
{
    /// <summary>Mean CSAT (1–5), or null without answers.</summary>
    public static decimal? Csat(IEnumerable<SurveyResponse> responses)
    {
        var scores = responses.Where(r => r.Csat is not null).Select(r => (decimal)r.Csat!.Value).ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
    }

    /// <summary>Net Promoter Score (−100 to 100): % promoters (9–10) minus % detractors (0–6), or null without answers.</summary>
    public static decimal? Nps(IEnumerable<SurveyResponse> responses)
    {
        var scores = responses.Where(r => r.Nps is not null).Select(r => r.Nps!.Value).ToList();
        if (scores.Count == 0) return null;
        var promoters = scores.Count(s => s >= 9);
        var detractors = scores.Count(s => s <= 6);
        return Math.Round(100m * (promoters - detractors) / scores.Count, 1);
    }
}
