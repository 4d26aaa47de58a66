using PmoFlow.Core.Baseline;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Tests.Support;
using PmoFlow.Tests.Plugins;

namespace PmoFlow.Hosting.Tests.Plugins;

/// <summary>PmoFlow composed as the CLI composes it, with a plugins folder of the test's own, and the steps the plugin tests share.</summary>
internal static class PluginPmo
{
    public static Task<PmoTestServices> StartAsync(FixturePlugins plugins, string? database = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["PmoFlow:Plugins:Path"] = plugins.Root,
            ["PmoFlow:Plugins:Watch"] = "false",
            // A version kept for a pinned instance drains in the background; admin calls need not wait the default 30 s for it.
            ["PmoFlow:Plugins:DrainTimeout"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        return PmoTestServices.StartAsync(database, settings: values);
    }

    public static Task SetIndustryAsync(this PmoTestServices pmo, string industryProfile) =>
        pmo.Store.SetBaselineAsync(new OrganizationalBaseline([], "", 3, "", industryProfile), "test");

    public static async Task AddServiceAsync(this PmoTestServices pmo, string id, FlywheelStep step, string? name = null)
    {
        var now = pmo.Clock.GetUtcNow();
        await pmo.Store.AddServiceAsync(new PmoService(id, name ?? id, "a test service", "Dana Lee", [], step, 1, now, 100, now), "test");
    }

    public static async Task ObserveTrirAsync(this PmoTestServices pmo, string serviceId, decimal value)
    {
        var kpiId = $"{serviceId}-trir";
        if ((await pmo.Store.ListKpisAsync(serviceId)).All(k => k.Id != kpiId))
            await pmo.Store.AddKpiAsync(new Kpi(kpiId, serviceId, "trir", "per 200k hours", GoodDirection.LowerIsBetter, null, null, null, null), "test");
        pmo.Clock.Advance(TimeSpan.FromMinutes(1));
        await pmo.Store.AddObservationAsync(new Observation(Guid.NewGuid().ToString("N"), kpiId, value, "per 200k hours", pmo.Clock.GetUtcNow(), "HSE log", null), "test");
    }

    /// <summary>Evaluates a gate as the gate activity does: the service's data from the store, the first evaluator that handles the gate.</summary>
    public static async Task<GateEvaluation> EvaluateAsync(this PmoTestServices pmo, string serviceId, string gate)
    {
        var context = await pmo.Store.LoadGateContextAsync(serviceId, gate, pmo.Clock.GetUtcNow()) ?? throw new InvalidOperationException($"no service {serviceId}");
        return pmo.Get<IEnumerable<IGateEvaluator>>().First(e => e.Handles(gate)).Evaluate(context);
    }

    public static GateClause Clause(this GateEvaluation evaluation, string name) =>
        evaluation.Clauses.SingleOrDefault(c => c.Name == name) ?? throw new Xunit.Sdk.XunitException(
            $"no clause '{name}' in {evaluation.Evaluator}: {string.Join(", ", evaluation.Clauses.Select(c => c.Name))}");
}
