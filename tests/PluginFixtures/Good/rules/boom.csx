// rule: fixture-boom
// gates: gate-1-2
// version: 1
// description: Throws for a service whose name asks for it, as a plugin rule with a bug would.

if (Service.Name.Contains("[boom]", StringComparison.Ordinal)) throw new InvalidOperationException("Boom from the fixture's rule.");
Read("boom", false);
