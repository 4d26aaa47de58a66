using PmoFlow.Core.Surveys;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Service Onboarding → Service Operation: enough target users onboarded, and they were satisfied with
/// onboarding (DESIGN.md §2).
/// </summary>
internal sealed class Gate5To6Rule : IGateRule
{
    /// <summary>The KPI that counts onboarded users.</summary>
    public const string OnboardedUsersKpi = "onboarded-users";

    /// <inheritdoc />
    public string Gate => "gate-5-6";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var t = context.Thresholds;
        clauses.Read("thresholds", new { t.OnboardedShare, t.OnboardingCsat, t.MinimumResponses });
        OnboardedShare(context, clauses);
        OnboardingCsat(context, clauses);
    }

    private static void OnboardedShare(GateContext context, ClauseList clauses)
    {
        var share = context.Thresholds.OnboardedShare;
        var target = context.Service.TargetUsers;
        var latest = context.Latest(OnboardedUsersKpi);
        clauses.Read("targetUsers", target);
        clauses.Read("onboardedUsers", RuleData.Snapshot(latest));

        var needed = (int)Math.Ceiling(share * target);
        var description = $"at least {GateFormat.ThresholdPercent(share)} of target users onboarded";
        var threshold = $"≥ {GateFormat.ThresholdPercent(share)} ({needed} of {target})";
        if (target <= 0)
        {
            clauses.Require("onboarded-share", description, "target users not set", threshold, passed: false, "set the service's target users");
            return;
        }

        if (latest is null)
        {
            clauses.Require("onboarded-share", description, $"no {OnboardedUsersKpi} observation", threshold, passed: false,
                $"record an {OnboardedUsersKpi} observation ({needed} of {target} needed)");
            return;
        }

        var onboarded = latest.Value;
        clauses.Require("onboarded-share", description,
            observed: $"{GateFormat.Percent(onboarded / target)} ({GateFormat.Number(onboarded)} of {target})", threshold,
            passed: onboarded >= share * target,
            missing: $"{GateFormat.Count((int)Math.Ceiling(share * target - onboarded), "more user")} onboarded ({needed} of {target})");
    }

    private static void OnboardingCsat(GateContext context, ClauseList clauses)
    {
        var minimum = context.Thresholds.MinimumResponses;
        var required = context.Thresholds.OnboardingCsat;
        var answers = RuleData.SurveysSinceStepEntered(context).Where(s => s.Csat is not null).ToList();
        var csat = SurveyMath.Csat(answers);
        clauses.Read("csatResponses", answers.Select(s => new { s.Id, s.Csat }));

        var description = $"onboarding CSAT at least {GateFormat.Number(required)}/5 from at least {GateFormat.Count(minimum, "answer")}";
        var threshold = $"≥ {GateFormat.Number(required)}/5 from ≥ {GateFormat.Count(minimum, "answer")}";
        var observed = csat is null ? "no answers" : $"{GateFormat.Number(csat.Value)}/5 from {GateFormat.Count(answers.Count, "answer")}";
        // Too few answers is missing evidence whatever the score: a mean of two answers is not a verdict.
        var missing = answers.Count < minimum
            ? $"{GateFormat.Count(minimum - answers.Count, "more onboarding CSAT answer")} ({answers.Count} of {minimum})"
            : $"onboarding CSAT up from {GateFormat.Number(csat!.Value)} to {GateFormat.Number(required)}/5";
        clauses.Require("onboarding-csat", description, observed, threshold,
            passed: answers.Count >= minimum && csat >= required, missing);
    }
}
