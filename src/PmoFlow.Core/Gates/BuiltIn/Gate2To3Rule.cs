namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>Needs Assessment → Value Proposition: the needs were heard from the service's own customers.</summary>
internal sealed class Gate2To3Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-2-3";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var minimum = context.Thresholds.MinimumResponses;
        var groups = RuleData.CustomersOf(context).Select(c => c.Group).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Answers from groups the service does not serve say nothing about its customers' needs.
        var heard = RuleData.SurveysSinceStepEntered(context)
            .Where(s => groups.Contains(s.CustomerGroup, StringComparer.OrdinalIgnoreCase)).ToList();
        var byGroup = heard.GroupBy(s => s.CustomerGroup, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        clauses.Read("customerGroups", groups);
        clauses.Read("responses", heard.Select(s => new { s.Id, s.CustomerGroup, s.RespondedAt }));
        clauses.Read("minimumResponses", minimum);

        var observed = GateFormat.Count(heard.Count, "response") + (byGroup.Count == 0 ? "" : $" ({string.Join(", ", byGroup)})");
        var missing = groups.Count == 0
            ? "link customers to the service, then survey them"
            : $"{GateFormat.Count(minimum - heard.Count, "more survey response")} from {string.Join(" or ", groups)}";
        clauses.Require("needs-heard", $"at least {minimum} survey responses from the service's customer groups since Needs Assessment began",
            observed, threshold: $"≥ {GateFormat.Count(minimum, "response")}", heard.Count >= minimum, missing);
    }
}
