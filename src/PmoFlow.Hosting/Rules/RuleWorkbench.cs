using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Hosting.Rules;

/// <summary>Checks and tests candidate packs through the rule engine's checker and test runner.</summary>
internal sealed class RuleWorkbench(RuleChecker checker, RuleTestRunner tests) : IRuleWorkbench
{
    public RuleCheckView Check(RulePackFiles pack) => RuleViews.Check(checker.Check(RuleViews.Source(pack)));

    public RuleTestRunView Test(RulePackFiles pack) => RuleViews.Tests(tests.Run(RuleViews.Source(pack)));
}
