using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>
/// A service of an organization whose baseline names the plugin's profile, with the data a gate reads. KPIs take
/// their unit and direction from the plugin's catalogue, as a service set up from the profile would.
/// </summary>
internal sealed class ServiceData(string pluginId, IndustryProfile profile, string gate, DateTimeOffset now)
{
    private const string ServiceId = "svc-1";
    private readonly List<Kpi> _kpis = [];
    private readonly List<Observation> _observations = [];
    private readonly List<Benefit> _benefits = [];
    private readonly List<Approval> _approvals = [];

    public DateTimeOffset Now => now;

    public DateTimeOffset StepEnteredAt { get; set; } = now.AddDays(-14);

    /// <summary>Records a KPI observation; <paramref name="daysAgo"/> before <see cref="Now"/>.</summary>
    public ServiceData Observe(string kpi, decimal value, int daysAgo = 2, string? evidence = null, string source = "PMO reporting")
    {
        var definition = _kpis.FirstOrDefault(k => k.Name == kpi) ?? Define(kpi);
        _observations.Add(new Observation($"o{_observations.Count + 1}", definition.Id, value, definition.Unit, now.AddDays(-daysAgo), source, evidence));
        return this;
    }

    /// <summary>Adds a benefit with its planned and actual values per period.</summary>
    public ServiceData Benefit(string name, BenefitCategory category, string owner, string? validatedBy, params (string Period, decimal Planned, decimal? Actual)[] periods)
    {
        _benefits.Add(new Benefit($"b{_benefits.Count + 1}", ServiceId, name, category, owner, [.. periods.Select(p => new BenefitPeriod(p.Period, p.Planned, p.Actual))],
            validatedBy, validatedBy is null ? null : now.AddDays(-3), null));
        return this;
    }

    /// <summary>Adds an approval at this gate, asked for after the service entered its step.</summary>
    public ServiceData Approval(string role, ApprovalStatus status, string? decidedBy = null, string? comment = null)
    {
        var requested = StepEnteredAt.AddDays(1);
        _approvals.Add(new Approval($"a{_approvals.Count + 1}", ServiceId, gate, role, status, requested, requested.AddDays(5), null, null,
            status == ApprovalStatus.Pending ? null : decidedBy ?? role, status == ApprovalStatus.Pending ? null : requested.AddDays(2), comment));
        return this;
    }

    public GateContext Build()
    {
        if (!Flywheel.TryParseGate(gate, out var step)) throw new ArgumentException($"'{gate}' is not a gate.");
        var service = new PmoService(ServiceId, "Capital programme", "", "Dana Lee", ["sponsor-1"], step, 1, StepEnteredAt, 0, now.AddDays(-200));
        var charter = new PmoCharter(new Mandate("capital programmes", "COO"), [new DecisionRight("pmo-director", ["*"], true, true)], []);
        var baseline = new OrganizationalBaseline([], "", 3, "matrix", pluginId);
        return new GateContext(gate, service, [], [.. _kpis], [.. _observations], [.. _benefits], [], [.. _approvals], [], charter, baseline, new GateThresholds(), now);
    }

    private Kpi Define(string name)
    {
        var definition = profile.Kpis.SingleOrDefault(k => k.Name == name)
            ?? throw new InvalidOperationException($"The {profile.Industry} profile has no KPI '{name}'.");
        var direction = definition.Direction == PmoFlow.Abstractions.Rules.GoodDirection.LowerIsBetter ? GoodDirection.LowerIsBetter : GoodDirection.HigherIsBetter;
        var kpi = new Kpi($"k{_kpis.Count + 1}", ServiceId, definition.Name, definition.Unit, direction, null, null, null, "Dana Lee");
        _kpis.Add(kpi);
        return kpi;
    }
}
