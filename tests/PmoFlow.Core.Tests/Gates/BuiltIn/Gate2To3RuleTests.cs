using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate2To3RuleTests
{
    [Fact]
    public void Gate2To3_EnoughResponsesFromCustomerGroups_Ready()
    {
        var evaluation = GateSnapshot.For("gate-2-3")
            .Customer("c-1", "executives").Customer("c-2", "project-managers")
            .Survey("executives").Survey("executives").Survey("project-managers")
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Clause(evaluation, "needs-heard", "3 responses (executives 2, project-managers 1)", "≥ 3 responses");
    }

    [Fact]
    public void Gate2To3_ResponsesFromOtherGroupsOrEarlierSteps_NeedsEvidenceWithResponsesMissing()
    {
        var evaluation = GateSnapshot.For("gate-2-3")
            .Customer("c-1", "executives")
            .Survey("executives")
            .Survey("finance")                    // not a group this service serves
            .Survey("executives", daysAgo: 40)    // before the service entered Needs Assessment
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "needs-heard", "1 response (executives 1)", "≥ 3 responses", "2 more survey responses from executives");
    }

    [Fact]
    public void Gate2To3_NoCustomers_NeedsEvidenceAskingForCustomersFirst()
    {
        var evaluation = GateSnapshot.For("gate-2-3").Survey("executives").Evaluate();

        GateAssert.Clause(evaluation, "needs-heard", "0 responses", "≥ 3 responses", "link customers to the service, then survey them");
    }
}
