using System.Collections.ObjectModel;

namespace PmoFlow.Abstractions.Rules;

/// <summary>Survey answers about the service, with CSAT, NPS and response rate over the set.</summary>
/// <param name="answers">The answers, oldest first.</param>
/// <param name="stepEnteredAt">When the service entered its current step.</param>
/// <param name="asOf">The engine's clock at the evaluation.</param>
public sealed class SurveySet(IList<SurveyAnswer> answers, DateTimeOffset stepEnteredAt, DateTimeOffset asOf) : ReadOnlyCollection<SurveyAnswer>(answers)
{
    private SurveySet? _sinceStepEntered;

    /// <summary>
    /// The answers given since the service entered its current step, up to the engine's clock: earlier answers were
    /// about an earlier step or turn.
    /// </summary>
    public SurveySet SinceStepEntered => _sinceStepEntered ??= Where(s => s.RespondedAt >= stepEnteredAt && s.RespondedAt <= asOf);

    /// <summary>The answers that carry a CSAT score.</summary>
    public SurveySet WithCsat => Where(s => s.Csat is not null);

    /// <summary>The answers that carry an NPS score.</summary>
    public SurveySet WithNps => Where(s => s.Nps is not null);

    /// <summary>Mean CSAT (1–5) rounded to two decimals, or null without CSAT answers.</summary>
    public decimal? Csat
    {
        get
        {
            var scores = Items.Where(r => r.Csat is not null).Select(r => (decimal)r.Csat!.Value).ToList();
            return scores.Count == 0 ? null : Math.Round(scores.Average(), 2);
        }
    }

    /// <summary>Net Promoter Score (−100 to 100) rounded to one decimal: % promoters (9–10) minus % detractors (0–6), or null without NPS answers.</summary>
    public decimal? Nps
    {
        get
        {
            var scores = Items.Where(r => r.Nps is not null).Select(r => r.Nps!.Value).ToList();
            if (scores.Count == 0) return null;
            var promoters = scores.Count(s => s >= 9);
            var detractors = scores.Count(s => s <= 6);
            return Math.Round(100m * (promoters - detractors) / scores.Count, 1);
        }
    }

    /// <summary>The answers from any of <paramref name="groups"/> (ignoring case).</summary>
    public SurveySet FromGroups(IEnumerable<string> groups)
    {
        var wanted = new HashSet<string>(groups, StringComparer.OrdinalIgnoreCase);
        return Where(s => wanted.Contains(s.CustomerGroup));
    }

    /// <summary>The share of <paramref name="invited"/> respondents who answered, or null when nobody was invited.</summary>
    public decimal? ResponseRate(int invited) => invited > 0 ? (decimal)Count / invited : null;

    private SurveySet Where(Func<SurveyAnswer, bool> predicate) => new(Items.Where(predicate).ToArray(), stepEnteredAt, asOf);
}
