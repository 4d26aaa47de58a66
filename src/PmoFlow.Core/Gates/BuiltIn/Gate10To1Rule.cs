using PmoFlow.Core.Surveys;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Value Recognition → the next turn: the value was reported, the customers recognize it (NPS at target), and the
/// sponsor acknowledged it (DESIGN.md §2).
/// </summary>
internal sealed class Gate10To1Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-10-1";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        ValueReport(context, clauses);
        Nps(context, clauses);
        clauses.RequireApproval(context, "sponsor-acknowledgement", "the sponsor acknowledged the value delivered");
    }

    private static void ValueReport(GateContext context, ClauseList clauses)
    {
        var service = context.Service;
        // A report from an earlier turn recognizes earlier value; only this step's statements count.
        var published = context.ValueStatements
            .Where(v => v.ServiceId == service.Id && v.PublishedAt >= service.StepEnteredAt && v.PublishedAt <= context.Now).ToList();
        clauses.Read("valueStatements", published.Select(v => new { v.Id, v.Amount, v.Unit, v.PublishedAt }));

        clauses.Require("value-report", "a value report on the service is published",
            observed: published.Count == 0 ? "none published" : $"{GateFormat.Count(published.Count, "value statement")} published, latest {GateFormat.Date(published.Max(v => v.PublishedAt))}",
            threshold: "≥ 1 value statement this step", published.Count > 0,
            missing: "publish a value statement on the service, linked to its evidence");
    }

    private static void Nps(GateContext context, ClauseList clauses)
    {
        var minimum = context.Thresholds.MinimumResponses;
        var target = context.Thresholds.NpsTarget;
        var answers = RuleData.SurveysSinceStepEntered(context).Where(s => s.Nps is not null).ToList();
        var nps = SurveyMath.Nps(answers);
        clauses.Read("npsResponses", answers.Select(s => new { s.Id, s.Nps }));
        clauses.Read("thresholds", new { NpsTarget = target, MinimumResponses = minimum });

        var threshold = $"≥ {GateFormat.Number(target)} from ≥ {GateFormat.Count(minimum, "answer")}";
        var observed = nps is null ? "no answers" : $"{GateFormat.Number(nps.Value)} from {GateFormat.Count(answers.Count, "answer")}";
        var missing = answers.Count < minimum
            ? $"{GateFormat.Count(minimum - answers.Count, "more NPS answer")} ({answers.Count} of {minimum})"
            : $"NPS up from {GateFormat.Number(nps!.Value)} to {GateFormat.Number(target)}";
        clauses.Require("nps", $"NPS at least {GateFormat.Number(target)} from at least {GateFormat.Count(minimum, "answer")}", observed, threshold,
            passed: answers.Count >= minimum && nps >= target, missing);
    }
}
