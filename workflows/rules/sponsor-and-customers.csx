// rule: sponsor-and-customers
// gates: gate-1-2
// version: 1
// description: Awareness Building → Needs Assessment: someone sponsors the service and someone is its customer.

var sponsor = Service.Sponsor;
var hasSponsor = !string.IsNullOrWhiteSpace(sponsor);
Read("sponsor", sponsor);
Read("customers", Customers.Select(c => new { c.Id, c.Group }));

Require("sponsor", "the service has a sponsor",
    observed: hasSponsor ? sponsor : "none", threshold: "a named sponsor", passed: hasSponsor,
    missing: "name a sponsor for the service");

Require("customers", "the service has at least one customer",
    observed: Text.Count(Customers.Count, "customer"), threshold: "≥ 1 customer", passed: Customers.Count > 0,
    missing: "link at least one PMO customer to the service");
