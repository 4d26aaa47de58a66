using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Testing;

public sealed class WhatIfTests
{
    [Fact]
    public void Compare_StricterCandidate_ListsTheServicesItWouldStopWithBothExplanations()
    {
        using var engine = new RuleEngine(null, new PackProvider("default", Rule.Default()));
        var stricter = Rule.Pack("stricter", Rule.Default().Files
            .Select(f => f.Name == "onboarding.csx" ? f with { Text = f.Text.Replace("var share = Thresholds.OnboardedShare;", "var share = 0.75m;", StringComparison.Ordinal) } : f)
            .ToArray());
        var contexts = new[] { SampleContexts.Onboarding("svc-43", 43m), SampleContexts.Onboarding("svc-50", 50m), SampleContexts.Onboarding("svc-30", 30m) };

        var report = engine.WhatIf.Compare(stricter, contexts);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(3, report.Compared);
        var change = Assert.Single(report.Changes);
        Assert.Equal(("svc-43", "gate-5-6", GateOutcome.Ready, GateOutcome.NeedsEvidence), (change.ServiceId, change.Gate, change.Before.Outcome, change.After.Outcome));
        Assert.Equal("71% (43 of 60)", change.Before.Clauses[0].Observed);
        Assert.Equal(["2 more users onboarded (45 of 60)"], change.After.WhatWouldPass);
    }

    [Fact]
    public void Compare_BrokenCandidate_ReportsItsErrors()
    {
        using var engine = new RuleEngine(null, new PackProvider("default", Rule.Default()));

        var report = engine.WhatIf.Compare(Rule.Single("Require(;\n"), [SampleContexts.Onboarding()]);

        Assert.NotEmpty(report.Diagnostics);
        Assert.Equal(0, report.Compared);
    }
}
