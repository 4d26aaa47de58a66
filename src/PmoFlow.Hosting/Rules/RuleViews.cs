using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Hosting.Rules;

/// <summary>The rule engine's results as the public contracts the API and the CLI share.</summary>
internal static class RuleViews
{
    public static RulePackSource Source(RulePackFiles pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Validate() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")), nameof(pack));
        return new RulePackSource(pack.Name, pack.Origin, pack.Files.Select(f => new RuleFile(f.Key, f.Value)),
            pack.Tests.Select(t => new RuleTestFile(t.Key, t.Value)));
    }

    public static RulePackFiles Files(RulePackSource source) =>
        new(source.Name, source.Files.ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal))
        {
            Origin = source.Origin,
            Tests = source.Tests.ToDictionary(t => t.Name, t => t.Json, StringComparer.Ordinal),
        };

    public static RuleDiagnosticView Diagnostic(RuleDiagnostic d) => new(d.File, d.Line, d.Column, d.Code, d.IsError ? "error" : "warning", d.Message);

    public static RuleView Rule(RuleSummary r) => new(r.Id, r.File, r.Gates, r.Version, r.Description);

    public static RulePackView Pack(RulePackStatus s) => new(s.Name, s.Origin, s.Order,
        s.Evaluator is null ? RulePackState.Failed : s.HasErrors ? RulePackState.ActiveWithErrors : RulePackState.Active,
        s.Hash, s.Evaluator, s.ActiveSince, s.FromCache, [.. s.Rules.Select(Rule)], [.. s.Errors.Select(Diagnostic)], s.FailedHash, s.LastAttemptAt);

    public static RuleCheckView Check(RuleCheckResult r) => new(r.Pack, r.Hash, [.. r.Rules.Select(Rule)], [.. r.Diagnostics.Select(Diagnostic)]);

    public static RuleTestRunView Tests(RuleTestReport r) => new(r.Pack, r.Hash, [.. r.Diagnostics.Select(Diagnostic)],
        [.. r.Results.Select(c => new RuleTestCaseView(c.File, c.Case, c.Gate, c.Passed, c.Expected, c.Actual, c.Failures))]);

    public static RuleWhatIfView WhatIf(WhatIfReport r) => new(r.Pack, r.Hash, [.. r.Diagnostics.Select(Diagnostic)], r.Contexts, r.Compared,
        [.. r.Changes.Select(c => new RuleWhatIfChangeView(c.ServiceId, c.Gate, GateDecisionView.From(c.Before, recorded: false), GateDecisionView.From(c.After, recorded: false)))]);

    public static GateReplayView Replay(GateReplayMode mode, ReplayResult r) =>
        new(mode, GateDecisionView.From(r.Original, recorded: true), GateDecisionView.From(r.Replayed, recorded: false), r.SameDecision, r.Differences);
}
