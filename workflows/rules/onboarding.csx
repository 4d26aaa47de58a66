// rule: onboarding
// gates: gate-5-6
// version: 1
// description: Service Onboarding → Service Operation: enough target users onboarded, and they were satisfied with
//   onboarding (DESIGN.md §2).

const string OnboardedUsersKpi = "onboarded-users";

var t = Thresholds;
Read("thresholds", new { t.OnboardedShare, t.OnboardingCsat, t.MinimumResponses });
OnboardedShare();
OnboardingCsat();

void OnboardedShare()
{
    var share = Thresholds.OnboardedShare;
    var target = Service.TargetUsers;
    // The latest recorded observation, as the built-in rule reads it (it does not stop at the engine's clock).
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

void OnboardingCsat()
{
    var minimum = Thresholds.MinimumResponses;
    var required = Thresholds.OnboardingCsat;
    var answers = Surveys.SinceStepEntered.WithCsat;
    var csat = answers.Csat;
    Read("csatResponses", answers.Select(s => new { s.Id, s.Csat }));

    var description = $"onboarding CSAT at least {Text.Number(required)}/5 from at least {Text.Count(minimum, "answer")}";
    var threshold = $"≥ {Text.Number(required)}/5 from ≥ {Text.Count(minimum, "answer")}";
    var observed = csat is null ? "no answers" : $"{Text.Number(csat.Value)}/5 from {Text.Count(answers.Count, "answer")}";
    // Too few answers is missing evidence whatever the score: a mean of two answers is not a verdict.
    var missing = answers.Count < minimum
        ? $"{Text.Count(minimum - answers.Count, "more onboarding CSAT answer")} ({answers.Count} of {minimum})"
        : $"onboarding CSAT up from {Text.Number(csat!.Value)} to {Text.Number(required)}/5";
    Require("onboarding-csat", description, observed, threshold,
        passed: answers.Count >= minimum && csat >= required, missing);
}
