using PmoFlow.Core.Benefits;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Server.Dashboard.Scorecard;

namespace PmoFlow.Server.Tests.Dashboard.Support;

/// <summary>Known scorecard records, written the way a test reads them: a service, then what it has.</summary>
internal sealed class ScorecardDataBuilder
{
    private static readonly DateTimeOffset Created = new(2025, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<Draft> _services = [];

    private Draft Current => _services.Count > 0 ? _services[^1] : throw new InvalidOperationException("Add a service first.");

    public ScorecardDataBuilder Service(string id, FlywheelStep step = FlywheelStep.ValueDelivery, GateOutcome? outcome = GateOutcome.NeedsEvidence,
        string? waiverId = null, int pendingApprovals = 0)
    {
        var service = new PmoService(id, $"Service {id}", "", "cfo", ["cfo"], step, 1, Created, 10, Created);
        GateEvaluation? gate = outcome is { } o ? new GateEvaluation($"{id}-eval", id, step.GateFrom(), 1, Created, o, [], "{}", "built-in", waiverId) : null;
        _services.Add(new Draft(service, gate, pendingApprovals));
        return this;
    }

    /// <summary>A benefit with (period, planned, actual) rows; <paramref name="validatedBy"/> null leaves it unvalidated.</summary>
    public ScorecardDataBuilder Benefit(string id, BenefitCategory category, string owner, string? validatedBy, params (string Period, decimal Planned, decimal? Actual)[] periods)
    {
        Current.Benefits.Add(new Benefit(id, Current.Service.Id, $"Benefit {id}", category, owner, [.. periods.Select(p => new BenefitPeriod(p.Period, p.Planned, p.Actual))],
            validatedBy, validatedBy is null ? null : Created, null));
        return this;
    }

    public ScorecardDataBuilder Kpi(string id, GoodDirection direction, decimal? target, params (DateTimeOffset At, decimal Value, string? Evidence)[] observations)
    {
        Current.Kpis.Add(new Kpi(id, Current.Service.Id, $"kpi-{id}", "%", direction, 0, target, new DateOnly(2026, 12, 31), "owner"));
        for (var i = 0; i < observations.Length; i++)
            Current.Observations.Add(new Observation($"{id}.{i + 1}", id, observations[i].Value, "%", observations[i].At, "pack", observations[i].Evidence));
        return this;
    }

    public ScorecardDataBuilder Survey(string id, string group, DateTimeOffset at, int? csat = null, int? nps = null)
    {
        Current.Surveys.Add(new SurveyResponse(id, Current.Service.Id, group, csat, nps, at, null));
        return this;
    }

    public ScorecardData Build() =>
        new([.. _services.Select(d => new ServiceRecords(d.Service, d.Gate, d.Benefits, d.Kpis, d.Observations, d.Surveys, d.PendingApprovals))], new GateThresholds(), []);

    private sealed record Draft(PmoService Service, GateEvaluation? Gate, int PendingApprovals)
    {
        public List<Benefit> Benefits { get; } = [];
        public List<Kpi> Kpis { get; } = [];
        public List<Observation> Observations { get; } = [];
        public List<SurveyResponse> Surveys { get; } = [];
    }
}
