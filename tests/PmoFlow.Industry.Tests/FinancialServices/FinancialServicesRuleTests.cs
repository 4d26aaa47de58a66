using PmoFlow.Core.Benefits;
using PmoFlow.Core.Gates;
using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.FinancialServices;

[Collection(PluginHostCollection.Name)]
public sealed class FinancialServicesRuleTests(PluginHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly PluginRulePack _pack = host.RulePack(IndustryPlugins.FinancialServices);

    [Fact]
    public void Pack_Compiles_AndDecidesGoLiveAndValueRecognition()
    {
        Assert.True(_pack.Evaluator.Handles("gate-5-6"), _pack.Log.ToString());
        Assert.True(_pack.Evaluator.Handles("gate-9-10"));
        Assert.False(_pack.Evaluator.Handles("gate-8-9"));
    }

    [Fact]
    public void SoxControls_TestedEffectiveAndEvidenced_Passes()
    {
        var evaluation = _pack.Evaluate(Controlled(Service("gate-5-6")).Build());

        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("100% tested", evaluation.Clause("key-controls-tested").Observed);
        Assert.Equal("tested as of 2026-05-12 (20 days ago)", evaluation.Clause("testing-current").Observed);
        Assert.Equal("3 figures linked", evaluation.Clause("control-evidence").Observed);
        Assert.Equal("0 material weaknesses open", evaluation.Clause("material-weaknesses").Observed);
        Assert.Equal("0 deficiencies open", evaluation.Clause("deficiencies-remediated").Observed);
    }

    [Fact]
    public void SoxControls_MaterialWeaknessOpen_BlocksAndListsTheRemediation()
    {
        var evaluation = _pack.Evaluate(Service("gate-9-10")
            .Observe("key-controls-tested", 92, evidence: "grc://SOX-2026/Q2/testing")
            .Observe("open-control-deficiencies", 3, evidence: "grc://SOX-2026/Q2/deficiencies")
            .Observe("significant-deficiencies", 1)
            .Observe("material-weaknesses", 1, evidence: "grc://SOX-2026/Q2/MW-01")
            .Observe("open-regulatory-findings", 2)
            .Benefit("operating-cost-saved", BenefitCategory.Cashable, "Ana Ruiz", "Ana Ruiz", ("2026-Q1", 500_000m, 500_000m)).Build());

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.Equal("test the remaining 8% of key controls", evaluation.Clause("key-controls-tested").Missing);
        var weakness = evaluation.Clause("material-weaknesses");
        Assert.Equal(GateOutcome.Blocked, weakness.Kind);
        Assert.Equal("1 material weakness open", weakness.Observed);
        Assert.Equal("3 deficiencies open, 1 significant deficiency", evaluation.Clause("deficiencies-remediated").Observed);
        Assert.Equal("remediate and retest 3 deficiencies, 1 significant deficiency", evaluation.Clause("deficiencies-remediated").Missing);
        var findings = evaluation.Clause("regulatory-findings");
        Assert.Equal(ClauseSeverity.Warning, findings.Severity);
        Assert.Equal("2 findings open", findings.Observed);
    }

    [Fact]
    public void SoxControls_StaleAndWithoutWorkpaper_NeedsCurrentEvidence()
    {
        var evaluation = _pack.Evaluate(Service("gate-5-6")
            .Observe("key-controls-tested", 100, daysAgo: 120)
            .Observe("open-control-deficiencies", 0, evidence: "grc://SOX-2026/Q1/deficiencies")
            .Observe("material-weaknesses", 0, evidence: "grc://SOX-2026/Q1/weaknesses").Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("tested as of 2026-02-01 (120 days ago)", evaluation.Clause("testing-current").Observed);
        Assert.Equal("test the key controls again and record the result (after 2026-03-03)", evaluation.Clause("testing-current").Missing);
        Assert.Equal("1 of 3 figures without a workpaper (key-controls-tested)", evaluation.Clause("control-evidence").Observed);
        Assert.Equal("link the workpaper behind key-controls-tested", evaluation.Clause("control-evidence").Missing);
    }

    [Fact]
    public void SoxControls_NothingRecorded_NeedsEvidence()
    {
        var evaluation = _pack.Evaluate(Service("gate-5-6").Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("record material-weaknesses (0 when none is open)", evaluation.Clause("material-weaknesses").Missing);
        Assert.DoesNotContain(evaluation.Clauses, c => c.Name == "testing-current");
    }

    [Fact]
    public void RiskAdjustedBenefits_EnoughBankableValueValidated_Passes()
    {
        var evaluation = _pack.Evaluate(Controlled(Service("gate-9-10"))
            .Benefit("operating-cost-saved", BenefitCategory.Cashable, "Ana Ruiz", "Ana Ruiz", ("2026-Q1", 300_000m, 290_000m), ("2026-Q2", 300_000m, 290_000m))
            .Benefit("revenue-uplift", BenefitCategory.Revenue, "Ben Okafor", "Ben Okafor", ("2026-Q1", 400_000m, 380_000m), ("2026-Q3", 400_000m, null))
            .Benefit("customer-outcomes", BenefitCategory.NonFinancial, "Ben Okafor", null, ("2026-Q1", 120m, 40m)).Build());

        var clause = evaluation.Clause("risk-adjusted-benefit");
        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("84% ($846k risk-adjusted of $1M planned)", clause.Observed);
        Assert.Equal("≥ 75% ($750k)", clause.Threshold);
    }

    [Fact]
    public void RiskAdjustedBenefits_RevenueHeavyAndUnvalidated_FallsShortWhereTheDefaultGateWouldPass()
    {
        // Unweighted, $800k of $1M is realized and validated: the default gate's 80% realized-share clause would pass it.
        var evaluation = _pack.Evaluate(RevenueHeavy(Controlled(Service("gate-9-10"))).Build());

        var clause = evaluation.Clause("risk-adjusted-benefit");
        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("65% ($650k risk-adjusted of $1M planned)", clause.Observed);
        Assert.Equal("needs $100k more risk-adjusted validated benefit; validation would add $100k (Ana Ruiz to validate loss-avoidance)", clause.Missing);
    }

    [Fact]
    public void RiskAdjustedBenefits_AnOrganizationTrustingItsRevenueFigures_OverridesTheWeight()
    {
        using var trusting = new PluginRulePack(host.Plugin(IndustryPlugins.FinancialServices), new Dictionary<string, decimal> { ["fs.benefit-weight.revenue"] = 1.0m });

        var evaluation = trusting.Evaluate(RevenueHeavy(Controlled(Service("gate-9-10"))).Build());

        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("80% ($800k risk-adjusted of $1M planned)", evaluation.Clause("risk-adjusted-benefit").Observed);
    }

    [Fact]
    public void RiskAdjustedBenefits_NoFinancialPlan_NeedsOne()
    {
        var evaluation = _pack.Evaluate(Controlled(Service("gate-9-10")).Build());

        Assert.Equal("no financial plan to date", evaluation.Clause("risk-adjusted-benefit").Observed);
        Assert.Equal("plan a financial benefit and record its actuals", evaluation.Clause("risk-adjusted-benefit").Missing);
    }

    private ServiceData Service(string gate) => new(IndustryPlugins.FinancialServices, host.Plugin(IndustryPlugins.FinancialServices).Profile!, gate, Now);

    private static ServiceData Controlled(ServiceData data) => data
        .Observe("key-controls-tested", 100, daysAgo: 20, evidence: "grc://SOX-2026/Q2/testing")
        .Observe("open-control-deficiencies", 0, daysAgo: 20, evidence: "grc://SOX-2026/Q2/deficiencies")
        .Observe("material-weaknesses", 0, daysAgo: 20, evidence: "grc://SOX-2026/Q2/weaknesses");

    private static ServiceData RevenueHeavy(ServiceData data) => data
        .Benefit("operating-cost-saved", BenefitCategory.Cashable, "Ana Ruiz", "Ana Ruiz", ("2026-Q1", 300_000m, 300_000m))
        .Benefit("revenue-uplift", BenefitCategory.Revenue, "Ben Okafor", "Ben Okafor", ("2026-Q1", 500_000m, 500_000m))
        .Benefit("loss-avoidance", BenefitCategory.CostAvoidance, "Ana Ruiz", "PMO analyst", ("2026-Q1", 200_000m, 200_000m));
}
