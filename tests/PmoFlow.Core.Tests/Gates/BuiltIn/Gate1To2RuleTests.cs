using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate1To2RuleTests
{
    [Fact]
    public void Gate1To2_SponsorAndCustomer_Ready()
    {
        var evaluation = GateSnapshot.For("gate-1-2").Customer("c-1", "executives").Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "sponsor", "customers");
        GateAssert.Clause(evaluation, "sponsor", "Dana Lee", "a named sponsor");
        GateAssert.Clause(evaluation, "customers", "1 customer", "≥ 1 customer");
    }

    [Fact]
    public void Gate1To2_NoSponsorNoCustomers_NeedsEvidenceWithBothMissing()
    {
        var evaluation = GateSnapshot.For("gate-1-2").Sponsor(" ").Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor", "none", "a named sponsor", "name a sponsor for the service");
        GateAssert.Clause(evaluation, "customers", "0 customers", "≥ 1 customer", "link at least one PMO customer to the service");
        Assert.Equal(["name a sponsor for the service", "link at least one PMO customer to the service"], evaluation.WhatWouldPass);
    }
}
