using PmoFlow.Abstractions.Rules;

namespace PmoFlow.Benchmarks.Rules;

/// <summary>onboarding.csx written as ordinary C# compiled with the host: the baseline a compiled rule is measured against.</summary>
internal sealed class HandWrittenOnboarding : RuleGlobals
{
    private const string OnboardedUsersKpi = "onboarded-users";

    protected override void Evaluate()
    {
        var t = Thresholds;
        Read("thresholds", new { t.OnboardedShare, t.OnboardingCsat, t.MinimumResponses });
        OnboardedShare();
        OnboardingCsat();
    }

    private void OnboardedShare()
    {
        var share = Thresholds.OnboardedShare;
        var target = Service.TargetUsers;
        var latest = Kpi(OnboardedUsersKpi)?.AllObservations.LastOrDefault();
        Read("targetUsers", target);
        Read("onboardedUsers", latest is null ? null : new { latest.Id, latest.Value, latest.ObservedAt });

        var needed = (int)Math.Ceiling(share * target);
        var description = $"at least {Text.ThresholdPercent(share)} of target users onboarded";
        var threshold = $"≥ {Text.ThresholdPercent(share)} ({needed} of {target})";
        if (target <= 0)
        {
            Require("onboarded-share", description, "target users not set", threshold, passed: false, "set the service's target users");
            return;
        }

        if (latest is null)
        {
            Require("onboarded-share", description, $"no {OnboardedUsersKpi} observation", threshold, passed: false,
                $"record an {OnboardedUsersKpi} observation ({needed} of {target} needed)");
            return;
        }

        var onboarded = latest.Value;
        Require("onboarded-share", description,
            observed: $"{Text.Percent(onboarded / target)} ({Text.Number(onboarded)} of {target})", threshold,
            passed: onboarded >= share * target,
            missing: $"{Text.Count((int)Math.Ceiling(share * target - onboarded), "more user")} onboarded ({needed} of {target})");
    }

    private void OnboardingCsat()
    {
        var minimum = Thresholds.MinimumResponses;
        var required = Thresholds.OnboardingCsat;
        var answers = Surveys.SinceStepEntered.WithCsat;
        var csat = answers.Csat;
        Read("csatResponses", answers.Select(s => new { s.Id, s.Csat }));

        var description = $"onboarding CSAT at least {Text.Number(required)}/5 from at least {Text.Count(minimum, "answer")}";
        var threshold = $"≥ {Text.Number(required)}/5 from ≥ {Text.Count(minimum, "answer")}";
        var observed = csat is null ? "no answers" : $"{Text.Number(csat.Value)}/5 from {Text.Count(answers.Count, "answer")}";
        var missing = answers.Count < minimum
            ? $"{Text.Count(minimum - answers.Count, "more onboarding CSAT answer")} ({answers.Count} of {minimum})"
            : $"onboarding CSAT up from {Text.Number(csat!.Value)} to {Text.Number(required)}/5";
        Require("onboarding-csat", description, observed, threshold,
            passed: answers.Count >= minimum && csat >= required, missing);
    }
}
