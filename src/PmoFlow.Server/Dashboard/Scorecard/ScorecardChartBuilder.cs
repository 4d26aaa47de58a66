using PmoFlow.Core.Surveys;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>Turns the scorecard's records into chart series, every point linked to the record it came from.</summary>
internal sealed class ScorecardChartBuilder(PmoCalendar calendar, DashboardLinks links)
{
    public ScorecardCharts Build(ScorecardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var quarter = calendar.CurrentQuarter;
        return new ScorecardCharts(quarter.Label, quarter.Year, Benefits(BenefitLine.Of(data), quarter), Kpis(data), Surveys(data));
    }

    private static BenefitChart Benefits(IReadOnlyList<BenefitLine> lines, FiscalQuarter quarter)
    {
        var periods = lines.GroupBy(l => l.Period.Period, StringComparer.Ordinal)
            .OrderBy(g => g.First().Quarter is null).ThenBy(g => g.First().Quarter).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new BenefitChart([.. periods.Select(g => g.Key)], [.. periods.Select(g => g.Sum(l => l.Period.Planned))],
            [.. periods.Select(g => g.Where(l => l.Validated).Sum(l => l.Actual))], [.. periods.Select(g => g.Where(l => !l.Validated).Sum(l => l.Actual))], quarter.Label);
    }

    private List<KpiSeries> Kpis(ScorecardData data) =>
    [
        .. from records in data.Services
           from kpi in records.Kpis
           let observations = records.Observations.Where(o => o.KpiId == kpi.Id).OrderBy(o => o.ObservedAt).ToList()
           where observations.Count > 0
           select new KpiSeries(kpi.Id, records.Service.Id, records.Service.Name, kpi.Name, kpi.Unit, kpi.GoodDirection, kpi.Baseline, kpi.Target,
               KpiStatus.OnTarget(kpi, observations[^1].Value), links.Kpi(records.Service.Id, kpi.Id),
               [.. observations.Select(o => new KpiPoint(DashboardText.Date(calendar.Local(o.ObservedAt)), o.Value, links.Observation(records.Service.Id, o.Id)))]),
    ];

    private List<SurveyGroupScore> Surveys(ScorecardData data) =>
    [
        .. data.Services.SelectMany(s => s.Surveys.Select(r => (Response: r, ServiceName: s.Service.Name)))
            .Where(r => calendar.InFiscalYearToDate(r.Response.RespondedAt))
            .GroupBy(r => r.Response.CustomerGroup, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var responses = g.Select(r => r.Response).ToList();
                return new SurveyGroupScore(g.Key, responses.Count, responses.Count(r => r.Csat is not null), responses.Count(r => r.Nps is not null),
                    SurveyMath.Csat(responses), SurveyMath.Nps(responses), links.SurveyGroup(g.Key))
                {
                    Records = [.. g.OrderByDescending(r => r.Response.RespondedAt)],
                };
            }),
    ];
}
