// rule: benefit-plan
// gates: gate-4-5
// version: 1
// description: Service Development → Service Onboarding: before users arrive, the service knows what benefit it is
//   for (a plan owned outside the PMO) and how many users it is for.

var targetUsers = Service.TargetUsers;
Read("benefits", Benefits.Select(b => new { b.Id, b.Name, b.Owner, Planned = b.Periods.Sum(p => p.Planned) }));
Read("targetUsers", targetUsers);

var ready = Benefits.Count(b => Lacks(b).Count == 0);
var missing = Benefits.Count == 0
    ? "plan a benefit (planned value in a fiscal period) with a business value owner outside the PMO"
    : string.Join("; ", Benefits.Select(b => $"{b.Name} lacks {string.Join(" and ", Lacks(b))}"));
Require("planned-benefit", "at least one benefit has a plan and a business value owner outside the PMO",
    observed: $"{ready} of {Text.Count(Benefits.Count, "benefit")}", threshold: "≥ 1 planned, owned benefit", passed: ready > 0, missing);

Require("target-users", "the service knows how many users onboarding aims for",
    observed: Text.Count(targetUsers, "target user"), threshold: "> 0 target users", passed: targetUsers > 0,
    missing: "set the service's target users");

static List<string> Lacks(RuleBenefit benefit)
{
    var lacks = new List<string>();
    if (!benefit.Periods.Any(p => p.Planned > 0)) lacks.Add("a plan");
    if (string.IsNullOrWhiteSpace(benefit.Owner)) lacks.Add("an owner");
    return lacks;
}
