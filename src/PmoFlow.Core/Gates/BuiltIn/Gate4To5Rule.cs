using PmoFlow.Core.Benefits;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Service Development → Service Onboarding: before users arrive, the service knows what benefit it is for (a plan
/// owned outside the PMO) and how many users it is for.
/// </summary>
internal sealed class Gate4To5Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-4-5";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var benefits = context.Benefits;
        var targetUsers = context.Service.TargetUsers;
        clauses.Read("benefits", benefits.Select(b => new { b.Id, b.Name, b.Owner, Planned = b.Periods.Sum(p => p.Planned) }));
        clauses.Read("targetUsers", targetUsers);

        var ready = benefits.Count(b => Lacks(b).Count == 0);
        var missing = benefits.Count == 0
            ? "plan a benefit (planned value in a fiscal period) with a business value owner outside the PMO"
            : string.Join("; ", benefits.Select(b => $"{b.Name} lacks {string.Join(" and ", Lacks(b))}"));
        clauses.Require("planned-benefit", "at least one benefit has a plan and a business value owner outside the PMO",
            observed: $"{ready} of {GateFormat.Count(benefits.Count, "benefit")}", threshold: "≥ 1 planned, owned benefit", ready > 0, missing);

        clauses.Require("target-users", "the service knows how many users onboarding aims for",
            observed: GateFormat.Count(targetUsers, "target user"), threshold: "> 0 target users", targetUsers > 0,
            missing: "set the service's target users");
    }

    private static List<string> Lacks(Benefit benefit)
    {
        var lacks = new List<string>();
        if (!benefit.Periods.Any(p => p.Planned > 0)) lacks.Add("a plan");
        if (string.IsNullOrWhiteSpace(benefit.Owner)) lacks.Add("an owner");
        return lacks;
    }
}
