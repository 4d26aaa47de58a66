using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Benchmarks.Rules;

/// <summary>The data the rule benchmarks decide on: a service at gate 5→6 with 45 of 60 users onboarded and five CSAT answers.</summary>
internal static class RuleBenchmarkData
{
    public static readonly DateTimeOffset Now = new(2026, 7, 10, 9, 0, 0, TimeSpan.Zero);

    public static GateContext Onboarding()
    {
        var entered = Now.AddDays(-9);
        var service = new PmoService("svc-1", "Portfolio reporting", "dashboards", "Dana Lee", ["c1"], FlywheelStep.ServiceOnboarding, 1, entered, 60, entered.AddDays(-100));
        var kpi = new Kpi("k1", "svc-1", "onboarded-users", "users", GoodDirection.HigherIsBetter, 0m, 60m, new DateOnly(2026, 12, 31), "Ana Ruiz");
        var observations = Enumerable.Range(0, 6).Select(i => new Observation($"o{i}", "k1", 20 + 5 * i, "users", entered.AddDays(i), "HR system", null)).ToList();
        var surveys = new[] { 4, 5, 4, 3, 5 }.Select((score, i) => new SurveyResponse($"r{i}", "svc-1", "users", score, null, entered.AddDays(1 + i), null)).ToList();
        return new GateContext("gate-5-6", service, [], [kpi], observations, [], surveys, [], [],
            new PmoCharter(new Mandate("portfolio", "COO"), [], []), new OrganizationalBaseline([], "", 2, "matrix", "general"), new GateThresholds(), Now);
    }

    /// <summary>workflows/rules, found above the benchmark's output folder.</summary>
    public static RulePackSource DefaultPack()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return RuleFolder.Read(Path.Combine(dir.FullName, "workflows", "rules"), "default");
        throw new InvalidOperationException("PmoFlow.sln not found above the benchmark.");
    }

    /// <summary>The body of onboarding.csx, as the script runner and the checks need it.</summary>
    public static string OnboardingBody()
    {
        var file = DefaultPack().Files.Single(f => f.Name == "onboarding.csx");
        var header = RuleHeaderParser.Parse(file).Header!;
        return file.Text[header.BodyStart..];
    }
}
