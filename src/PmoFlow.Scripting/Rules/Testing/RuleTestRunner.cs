using System.Text.Json;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>Runs a pack's stored test cases (<c>tests/*.json</c> beside its rules) against it (<c>pmoflow rules test</c>).</summary>
internal sealed class RuleTestRunner(RulePackLoader loader, IOptions<RuleOptions> options, TimeProvider clock)
{
    public RuleTestReport RunFolder(string folder, string? name = null) => Run(RuleFolder.Read(folder, name));

    public RuleTestReport Run(RulePackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var load = loader.Load(source);
        if (load.Version is not { } version) return new RuleTestReport(source.Name, source.Hash, load.Diagnostics, []);
        try
        {
            var results = new List<RuleTestResult>();
            foreach (var file in source.Tests)
            {
                IReadOnlyList<RuleTestEntry> entries;
                try
                {
                    entries = RuleTestFileReader.Read(file);
                }
                catch (RuleTestFileException ex)
                {
                    results.Add(new RuleTestResult(file.Name, "(file)", "", false, null, null, [ex.Message], null));
                    continue;
                }
                results.AddRange(entries.Select(e => e.Case is { } testCase
                    ? RunCase(version, testCase)
                    : new RuleTestResult(file.Name, e.Name, "", false, null, null, [e.Error!], null)));
            }
            return new RuleTestReport(source.Name, source.Hash, load.Diagnostics, results);
        }
        finally
        {
            version.Release();
        }
    }

    private RuleTestResult RunCase(RulePackVersion version, RuleTestCase test)
    {
        GateContext context;
        try
        {
            context = GateContextJson.Deserialize(test.Context, test.Gate, test.Now);
        }
        catch (JsonException ex)
        {
            return Row(false, null, [TestJson.At(test.File, TestJson.Rebase(test.Path + ".context", ex), TestJson.Reason(ex, test.Context))], null);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            return Row(false, null, [TestJson.At(test.File, test.Path + ".context", TestJson.Reason(ex))], null);
        }
        if (!version.Handles(test.Gate)) return Row(false, null, [$"no rule of the pack decides {test.Gate}"], null);

        var (evaluation, run) = RulePackEvaluation.Evaluate(version, context, test.Thresholds, RulePackEvaluation.Limits(options.Value), clock);
        var failures = new List<string>();
        if (run.Failure is { } failure) failures.Add($"rule {failure.RuleId} failed: {failure.Message}");
        if (test.Outcome is { } expected && expected != evaluation.Outcome)
            failures.Add($"outcome {evaluation.Outcome}, expected {expected} (would pass with: {string.Join("; ", evaluation.WhatWouldPass)})");
        if (test.Clauses is { } clauses) failures.AddRange(CompareClauses(clauses, evaluation.Clauses));
        return Row(failures.Count == 0, evaluation.Outcome, failures, evaluation);

        RuleTestResult Row(bool passed, GateOutcome? actual, IReadOnlyList<string> found, GateEvaluation? result) =>
            new(test.File, test.Name, test.Gate, passed, test.Outcome, actual, found, result);
    }

    private static IEnumerable<string> CompareClauses(IReadOnlyList<ExpectedClause> expected, IReadOnlyList<GateClause> actual)
    {
        var names = actual.Select(c => c.Name).ToList();
        if (!expected.Select(c => c.Name).SequenceEqual(names, StringComparer.Ordinal))
            yield return $"clauses [{string.Join(", ", names)}], expected [{string.Join(", ", expected.Select(c => c.Name))}]";
        foreach (var want in expected)
        {
            if (actual.FirstOrDefault(c => c.Name == want.Name) is not { } got) continue;
            if (want.Passed is { } passed && passed != got.Passed) yield return $"{want.Name}: passed {got.Passed}, expected {passed} (observed \"{got.Observed}\")";
            if (Differs(want.Description, got.Description)) yield return $"{want.Name}: description \"{got.Description}\", expected \"{want.Description}\"";
            if (Differs(want.Observed, got.Observed)) yield return $"{want.Name}: observed \"{got.Observed}\", expected \"{want.Observed}\"";
            if (Differs(want.Threshold, got.Threshold)) yield return $"{want.Name}: threshold \"{got.Threshold}\", expected \"{want.Threshold}\"";
            if (Differs(want.Missing, got.Missing ?? "")) yield return $"{want.Name}: missing \"{got.Missing}\", expected \"{want.Missing}\"";
            if (want.Kind is { } kind && kind != got.Kind) yield return $"{want.Name}: kind {got.Kind}, expected {kind}";
            if (want.Severity is { } severity && severity != got.Severity) yield return $"{want.Name}: severity {got.Severity}, expected {severity}";
        }
    }

    private static bool Differs(string? expected, string actual) => expected is not null && !string.Equals(expected, actual, StringComparison.Ordinal);
}
