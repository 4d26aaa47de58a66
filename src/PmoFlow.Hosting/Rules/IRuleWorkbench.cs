namespace PmoFlow.Hosting.Rules;

/// <summary>
/// Checks and tests a rule pack without activating it and without a database: what <c>pmoflow rules check</c> and
/// <c>pmoflow rules test</c> do before a pack is dropped into a watched folder.
/// </summary>
public interface IRuleWorkbench
{
    /// <summary>Compiles <paramref name="pack"/> and checks it against the allow-list, running nothing.</summary>
    /// <exception cref="ArgumentException">The pack is not valid input (<see cref="RulePackFiles.Validate"/>).</exception>
    RuleCheckView Check(RulePackFiles pack);

    /// <summary>Runs the test cases stored with <paramref name="pack"/> against it.</summary>
    /// <exception cref="ArgumentException">The pack is not valid input (<see cref="RulePackFiles.Validate"/>).</exception>
    RuleTestRunView Test(RulePackFiles pack);
}
