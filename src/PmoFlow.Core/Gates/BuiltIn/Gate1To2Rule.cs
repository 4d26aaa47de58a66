namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>Awareness Building → Needs Assessment: someone sponsors the service and someone is its customer.</summary>
internal sealed class Gate1To2Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-1-2";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var sponsor = context.Service.Sponsor;
        var hasSponsor = !string.IsNullOrWhiteSpace(sponsor);
        var customers = RuleData.CustomersOf(context);
        clauses.Read("sponsor", sponsor);
        clauses.Read("customers", customers.Select(c => new { c.Id, c.Group }));

        clauses.Require("sponsor", "the service has a sponsor",
            observed: hasSponsor ? sponsor : "none", threshold: "a named sponsor", hasSponsor,
            missing: "name a sponsor for the service");

        clauses.Require("customers", "the service has at least one customer",
            observed: GateFormat.Count(customers.Count, "customer"), threshold: "≥ 1 customer", customers.Count > 0,
            missing: "link at least one PMO customer to the service");
    }
}
