using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Surveys;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Scorecard;

namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>The figures beyond money: what customers say, where the KPIs stand, and where the services stand on the flywheel.</summary>
internal sealed partial class ExecutiveSummaryCalculator
{
    /// <summary>
    /// CSAT and NPS over this fiscal year's responses (a quarter is often too few answers to mean anything), reported
    /// only from the gates' minimum number of answers on.
    /// </summary>
    private SummaryFigure Customers(ScorecardData data, FiscalQuarter quarter)
    {
        var title = $"Customers, fiscal year {quarter.Year}";
        var responses = SurveysThisYear(data);
        if (responses.Count == 0)
            return new SummaryFigure("customers-fiscal-year", title, "No answers", $"No survey responses from customers in fiscal year {quarter.Year} yet.", null, []);

        var minimum = data.Thresholds.MinimumResponses;
        var npsAnswers = responses.Count(r => r.Nps is not null);
        var csatAnswers = responses.Count(r => r.Csat is not null);
        var nps = npsAnswers >= minimum ? SurveyMath.Nps(responses) : null;
        var csat = csatAnswers >= minimum ? SurveyMath.Csat(responses) : null;
        var npsText = nps is { } n ? $"NPS {DashboardText.Nps(n)} (target {DashboardText.Number(data.Thresholds.NpsTarget)}) from {DashboardText.Count(npsAnswers, "answer")}" : TooFew("NPS", npsAnswers, minimum);
        var csatText = csat is { } c ? $"CSAT {DashboardText.Number(c)} of 5 from {DashboardText.Count(csatAnswers, "answer")}" : TooFew("CSAT", csatAnswers, minimum);
        var groups = responses.GroupBy(r => r.CustomerGroup, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var headline = nps is { } h ? $"NPS {DashboardText.Nps(h)}" : csat is { } s ? $"CSAT {DashboardText.Number(s)}" : DashboardText.Count(responses.Count, "answer");

        return new SummaryFigure("customers-fiscal-year", title, headline,
            $"Customers this fiscal year: {npsText} and {csatText}, across {DashboardText.Count(groups.Count, "customer group")}.", null,
            [.. groups.Select(g => new EvidenceLink("survey-group", $"{g.Key}: {DashboardText.Count(g.Count(), "response")}{GroupScores([.. g])}", links.SurveyGroup(g.Key)))]);
    }

    private SummaryFigure Kpis(ScorecardData data)
    {
        var targeted = data.Services.SelectMany(s => s.Kpis.Where(k => k.Target is not null).Select(k => (Records: s, Kpi: k, Latest: KpiStatus.Latest(k, s.Observations)))).ToList();
        var measured = targeted.Where(t => t.Latest is not null).ToList();
        var unmeasured = targeted.Count - measured.Count;
        var waiting = unmeasured == 0 ? "" : $"; {DashboardText.Count(unmeasured, "KPI")} with a target {(unmeasured == 1 ? "has" : "have")} no observation yet";
        if (measured.Count == 0)
            return new SummaryFigure("kpis-on-target", "KPIs on target", "0 measured", $"No KPI with a target has been measured yet{waiting}.", null, []);

        var onTarget = measured.Count(t => KpiStatus.OnTarget(t.Kpi, t.Latest!.Value) == true);
        return new SummaryFigure("kpis-on-target", "KPIs on target", $"{onTarget} of {measured.Count}",
            $"{onTarget} of {DashboardText.Count(measured.Count, "measured KPI")} {(onTarget == 1 ? "is" : "are")} at or past target{waiting}.", null,
            [.. measured.Select(t => new EvidenceLink("observation",
                $"{t.Kpi.Name} · {t.Records.Service.Name}: {DashboardText.Measure(t.Latest!.Value, t.Kpi.Unit)} against a target of {DashboardText.Measure(t.Kpi.Target!.Value, t.Kpi.Unit)}" +
                (KpiStatus.OnTarget(t.Kpi, t.Latest.Value) == true ? ", on target" : ", short of target"),
                links.Observation(t.Records.Service.Id, t.Latest.Id), SafeUrl(t.Latest.EvidenceLink)))]);
    }

    private SummaryFigure Flywheel(ScorecardData data)
    {
        var services = data.Services;
        var parts = GateStates.All.Select(state => (State: state, Count: services.Count(s => s.GateState == state))).Where(p => p.Count > 0)
            .Select(p => $"{p.Count} {StatePhrase(p.State, p.Count)}").ToList();
        var realization = services.Count(s => s.Service.Stage == CustomerExperienceStage.Realization);
        var statement = services.Count == 0
            ? "No services on the flywheel yet."
            : $"{DashboardText.Count(services.Count, "service")} on the flywheel: {string.Join(", ", parts)}; {realization} in Realization (Value Delivery or Value Recognition).";
        return new SummaryFigure("flywheel", "Services on the flywheel", DashboardText.Count(services.Count, "service"), statement, null,
            [.. services.Where(s => s.GateState != GateState.Ready).Select(s => new EvidenceLink("service",
                $"{s.Service.Name}: {s.GateState.Label()} at {s.Service.Step.GateFrom()} (step {(int)s.Service.Step} {s.Service.Step.DisplayName()})", links.Service(s.Service.Id)))]);
    }

    private List<SurveyResponse> SurveysThisYear(ScorecardData data) =>
        [.. data.Services.SelectMany(s => s.Surveys).Where(r => calendar.InFiscalYearToDate(r.RespondedAt))];

    /// <summary>" (CSAT 4.33 from 15, NPS 0 from 1)": a group's scores with how many answers each rests on.</summary>
    private static string GroupScores(List<SurveyResponse> responses)
    {
        var scores = new List<string>(2);
        if (SurveyMath.Csat(responses) is { } csat) scores.Add($"CSAT {DashboardText.Number(csat)} from {responses.Count(r => r.Csat is not null)}");
        if (SurveyMath.Nps(responses) is { } nps) scores.Add($"NPS {DashboardText.Nps(nps)} from {responses.Count(r => r.Nps is not null)}");
        return scores.Count == 0 ? "" : $" ({string.Join(", ", scores)})";
    }

    private static string TooFew(string measure, int answers, int minimum) =>
        answers == 0 ? $"no {measure} answers" : $"{measure} not yet reported ({DashboardText.Count(answers, "answer")}; {minimum} needed)";

    private static string StatePhrase(GateState state, int count) => state switch
    {
        GateState.Ready => "ready to advance",
        GateState.Waived => "passing on a waiver",
        GateState.NeedsEvidence => count == 1 ? "needs evidence" : "need evidence",
        GateState.NeedsApproval => count == 1 ? "needs an approval" : "need an approval",
        GateState.Blocked => "blocked",
        _ => count == 1 ? "waits before its gate" : "wait before their gate",
    };

    private static string? SafeUrl(string? link) => Html.SafeUrl.Href(link);
}
