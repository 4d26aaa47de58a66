// rule: needs-heard
// gates: gate-2-3
// version: 1
// description: Needs Assessment → Value Proposition: the needs were heard from the service's own customers.

var minimum = Thresholds.MinimumResponses;
var groups = Customers.Select(c => c.Group).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
// Answers from groups the service does not serve say nothing about its customers' needs.
var heard = Surveys.SinceStepEntered.Where(s => groups.Contains(s.CustomerGroup, StringComparer.OrdinalIgnoreCase)).ToList();
var byGroup = heard.GroupBy(s => s.CustomerGroup, StringComparer.OrdinalIgnoreCase)
    .Select(g => $"{g.Key} {g.Count()}").ToList();
Read("customerGroups", groups);
Read("responses", heard.Select(s => new { s.Id, s.CustomerGroup, s.RespondedAt }));
Read("minimumResponses", minimum);

var observed = Text.Count(heard.Count, "response") + (byGroup.Count == 0 ? "" : $" ({string.Join(", ", byGroup)})");
var missing = groups.Count == 0
    ? "link customers to the service, then survey them"
    : $"{Text.Count(minimum - heard.Count, "more survey response")} from {string.Join(" or ", groups)}";
Require("needs-heard", $"at least {minimum} survey responses from the service's customer groups since Needs Assessment began",
    observed, threshold: $"≥ {Text.Count(minimum, "response")}", passed: heard.Count >= minimum, missing);
