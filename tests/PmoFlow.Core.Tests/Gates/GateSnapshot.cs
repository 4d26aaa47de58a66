using PmoFlow.Core.Approvals;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Core.Tests.Gates;

/// <summary>
/// Builds a gate context for one service sitting in the step a gate leaves, entered 30 days before <see cref="Now"/>.
/// Defaults are complete; tests state only what the case is about.
/// </summary>
internal sealed class GateSnapshot
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Entered = Now.AddDays(-30);
    public const string ServiceId = "svc-1";

    private readonly string _gate;
    private FlywheelStep _step;
    private string _sponsor = "Dana Lee";
    private int _targetUsers = 60;
    private GateThresholds _thresholds = new();
    private readonly List<PmoCustomer> _customers = [];
    private readonly List<Kpi> _kpis = [];
    private readonly List<Observation> _observations = [];
    private readonly List<Benefit> _benefits = [];
    private readonly List<SurveyResponse> _surveys = [];
    private readonly List<Approval> _approvals = [];
    private readonly List<Waiver> _waivers = [];
    private readonly List<ValueStatement> _statements = [];

    private GateSnapshot(string gate)
    {
        _gate = gate;
        Assert.True(Core.Flywheel.Flywheel.TryParseGate(gate, out _step));
    }

    /// <summary>A service in the step <paramref name="gate"/> leaves.</summary>
    public static GateSnapshot For(string gate) => new(gate);

    public GateSnapshot InStep(FlywheelStep step) { _step = step; return this; }
    public GateSnapshot Sponsor(string sponsor) { _sponsor = sponsor; return this; }
    public GateSnapshot TargetUsers(int n) { _targetUsers = n; return this; }
    public GateSnapshot Thresholds(GateThresholds thresholds) { _thresholds = thresholds; return this; }

    public GateSnapshot Customer(string id, string group)
    {
        _customers.Add(new PmoCustomer(id, id, group, 1m));
        return this;
    }

    /// <summary>A complete success criterion (baseline 0, target 100, owner Ana Ruiz), edited by <paramref name="edit"/>.</summary>
    public GateSnapshot Kpi(string name, Func<Kpi, Kpi>? edit = null)
    {
        var kpi = new Kpi($"kpi-{name}", ServiceId, name, "%", GoodDirection.HigherIsBetter, 0m, 100m, new DateOnly(2026, 12, 31), "Ana Ruiz");
        _kpis.Add(edit is null ? kpi : edit(kpi));
        return this;
    }

    /// <summary>Observations of KPI <paramref name="name"/>, oldest first, one per <paramref name="daysAgo"/>.</summary>
    public GateSnapshot Observe(string name, decimal value, int daysAgo)
    {
        var kpi = _kpis.Single(k => k.Name == name);
        _observations.Add(new Observation($"obs-{name}-{_observations.Count + 1}", kpi.Id, value, kpi.Unit, Now.AddDays(-daysAgo), "test", null));
        return this;
    }

    /// <summary>A benefit with one period per (planned, actual) pair; validated by its owner unless edited.</summary>
    public GateSnapshot Benefit(string name, BenefitCategory category, params (decimal Planned, decimal? Actual)[] periods) =>
        Benefit(name, category, null, periods);

    public GateSnapshot Benefit(string name, BenefitCategory category, Func<Benefit, Benefit>? edit, params (decimal Planned, decimal? Actual)[] periods)
    {
        var list = periods.Select((p, i) => new BenefitPeriod($"2026-Q{i + 1}", p.Planned, p.Actual)).ToList();
        var benefit = new Benefit($"ben-{name}", ServiceId, name, category, "Ana Ruiz", list, "Ana Ruiz", Entered, null);
        _benefits.Add(edit is null ? benefit : edit(benefit));
        return this;
    }

    public GateSnapshot Survey(string group, int? csat = null, int? nps = null, int daysAgo = 1)
    {
        _surveys.Add(new SurveyResponse($"resp-{_surveys.Count + 1}", ServiceId, group, csat, nps, Now.AddDays(-daysAgo), null));
        return this;
    }

    public GateSnapshot Csat(params int[] scores) { foreach (var s in scores) Survey("users", csat: s); return this; }
    public GateSnapshot Nps(params int[] scores) { foreach (var s in scores) Survey("executives", nps: s); return this; }

    /// <summary>A sponsor approval of this gate requested <paramref name="requestedDaysAgo"/>, decided 1 day ago unless pending.</summary>
    public GateSnapshot Approval(ApprovalStatus status, string? comment = null, int requestedDaysAgo = 3, int dueInDays = 2)
    {
        var decided = status == ApprovalStatus.Pending ? (DateTimeOffset?)null : Now.AddDays(-1);
        _approvals.Add(new Approval($"apr-{_approvals.Count + 1}", ServiceId, _gate, "sponsor", status, Now.AddDays(-requestedDaysAgo), Now.AddDays(dueInDays),
            null, null, decided is null ? null : "Dana Lee", decided, comment));
        return this;
    }

    public GateSnapshot Waiver(string reason, int daysLeft = 14)
    {
        _waivers.Add(new Waiver("wvr-1", ServiceId, _gate, "Sam Patel", "pmo-director", reason, Now.AddDays(-1), Now.AddDays(daysLeft)));
        return this;
    }

    public GateSnapshot ValueStatement(string text, int daysAgo = 2)
    {
        _statements.Add(new ValueStatement($"val-{_statements.Count + 1}", ServiceId, text, 2_000_000m, "USD", ["ben-savings"], Now.AddDays(-daysAgo)));
        return this;
    }

    public GateContext Build()
    {
        var service = new PmoService(ServiceId, "Portfolio reporting", "Monthly portfolio dashboards", _sponsor, _customers.Select(c => c.Id).ToList(),
            _step, 1, Entered, _targetUsers, Entered.AddDays(-200));
        var charter = new PmoCharter(new Mandate("enterprise portfolio", "COO"),
            [new DecisionRight("sponsor", ["*"], CanApprove: true, CanWaive: false), new DecisionRight("pmo-director", ["*"], CanApprove: false, CanWaive: true)],
            ["deliver strategy"]);
        var baseline = new OrganizationalBaseline(["grow"], "collaborative", 2, "matrix", "general");
        return new GateContext(_gate, service, _customers, _kpis, _observations, _benefits, _surveys, _approvals, _waivers, charter, baseline, _thresholds, Now)
        {
            ValueStatements = _statements,
        };
    }
}
