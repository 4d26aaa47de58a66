using PmoFlow.Core.Approvals;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Hosting.Demo;

/// <summary>
/// Posts a demo service's data for the step it is in, through the same ports the API uses, then lets the engine
/// re-evaluate it: the gates decide, exactly as they do for a user's data. Ids are derived from the service and the
/// data's position, so every run of the seed writes the same records.
/// </summary>
internal sealed class DemoWriter(IPmoStore store, IPmoEngine engine, TimeProvider clock)
{
    /// <summary>Who the audit trail says wrote the demo data.</summary>
    public const string Actor = "demo";

    private readonly Dictionary<string, string> _groups = DemoCatalog.Customers.ToDictionary(c => c.Id, c => c.Group, StringComparer.Ordinal);

    /// <summary>Posts what <paramref name="plan"/> holds for <paramref name="service"/>'s step and returns the service as it stands afterwards.</summary>
    public async Task<PmoService> PostStepAsync(DemoServicePlan plan, PmoService service, CancellationToken cancellationToken)
    {
        switch (service.Step)
        {
            case FlywheelStep.NeedsAssessment:
                await SurveyAsync(plan, "needs", plan.NeedsResponses, _ => (null, null), cancellationToken).ConfigureAwait(false);
                break;
            case FlywheelStep.ValueProposition:
                foreach (var kpi in plan.Kpis) await store.AddKpiAsync(ToKpi(plan, kpi), Actor, cancellationToken).ConfigureAwait(false);
                if (plan.SponsorApproves) await ApproveAsync(plan, "gate-3-4", "The success criteria are measurable; go ahead.", cancellationToken).ConfigureAwait(false);
                break;
            case FlywheelStep.ServiceDevelopment:
                foreach (var benefit in plan.Benefits) await store.AddBenefitAsync(ToBenefit(plan, benefit), Actor, cancellationToken).ConfigureAwait(false);
                break;
            case FlywheelStep.ServiceOnboarding:
                await SurveyAsync(plan, "onboarding", plan.OnboardingCsat.Count, i => (plan.OnboardingCsat[i], null), cancellationToken).ConfigureAwait(false);
                break;
            case FlywheelStep.ValueDelivery:
                await RecordActualsAsync(plan, cancellationToken).ConfigureAwait(false);
                break;
            case FlywheelStep.ValueRecognition:
                return await RecognizeAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        await RecordReadingsAsync(plan, service.Step, cancellationToken).ConfigureAwait(false);
        return await engine.ProcessServiceAsync(plan.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordReadingsAsync(DemoServicePlan plan, FlywheelStep step, CancellationToken cancellationToken)
    {
        foreach (var kpi in plan.Kpis)
        {
            foreach (var (index, value) in kpi.ReadingsIn(step))
            {
                var observation = new Observation($"{KpiId(plan, kpi)}.{index + 1}", KpiId(plan, kpi), value, kpi.Unit, clock.GetUtcNow(), "monthly PMO pack", null);
                await store.AddObservationAsync(observation, Actor, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RecordActualsAsync(DemoServicePlan plan, CancellationToken cancellationToken)
    {
        foreach (var benefit in plan.Benefits)
        {
            for (var quarter = 0; quarter < benefit.Actuals.Count; quarter++)
                await store.RecordBenefitPeriodAsync(benefit.Id, DemoBenefit.Period(quarter), null, benefit.Actuals[quarter], Actor, cancellationToken).ConfigureAwait(false);
            // The owner outside the PMO validates; gate 9→10 counts nothing the PMO signed off itself.
            await store.ValidateBenefitAsync(benefit.Id, benefit.Owner, benefit.VarianceNote, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Value Recognition: the report and the NPS pulse first (the acknowledgement is asked for once the pulse is in), then the sponsor.</summary>
    private async Task<PmoService> RecognizeAsync(DemoServicePlan plan, CancellationToken cancellationToken)
    {
        if (plan.ValueStatement is { } text)
        {
            var evidence = new[] { $"/api/services/{plan.Id}/benefits", $"/api/services/{plan.Id}/observations" };
            var amount = plan.Benefits.Sum(b => b.Actuals.Sum());
            await store.AddValueStatementAsync(new ValueStatement($"{plan.Id}.value-report", plan.Id, text, amount, "USD", evidence, clock.GetUtcNow()), Actor, cancellationToken)
                .ConfigureAwait(false);
        }
        await SurveyAsync(plan, "nps", plan.Nps.Count, i => (null, plan.Nps[i]), cancellationToken).ConfigureAwait(false);
        var service = await engine.ProcessServiceAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        if (!plan.SponsorAcknowledges) return service;

        await ApproveAsync(plan, "gate-10-1", "Value acknowledged at the quarterly business review.", cancellationToken).ConfigureAwait(false);
        return await engine.ProcessServiceAsync(plan.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task SurveyAsync(DemoServicePlan plan, string purpose, int count, Func<int, (int? Csat, int? Nps)> answer, CancellationToken cancellationToken)
    {
        var groups = plan.CustomerIds.Select(id => _groups[id]).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < count && groups.Count > 0; i++)
        {
            var (csat, nps) = answer(i);
            var response = new SurveyResponse($"{plan.Id}.{purpose}.{i + 1}", plan.Id, groups[i % groups.Count], csat, nps, clock.GetUtcNow(), null);
            await store.AddSurveyResponseAsync(response, Actor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The sponsor decides the approval the flywheel asked for at <paramref name="gate"/>.</summary>
    private async Task ApproveAsync(DemoServicePlan plan, string gate, string comment, CancellationToken cancellationToken)
    {
        var pending = await store.ListApprovalsAsync(new ApprovalFilter(ServiceId: plan.Id, Status: ApprovalStatus.Pending), cancellationToken).ConfigureAwait(false);
        foreach (var approval in pending.Where(a => a.Gate == gate))
            await store.DecideApprovalAsync(approval.Id, ApprovalStatus.Approved, plan.Sponsor, comment, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static Kpi ToKpi(DemoServicePlan plan, DemoKpi kpi) =>
        new(KpiId(plan, kpi), plan.Id, kpi.Name, kpi.Unit, kpi.Direction, kpi.Baseline, kpi.Target, new DateOnly(DemoBenefit.FiscalYear, 12, 31), kpi.Owner);

    private static Benefit ToBenefit(DemoServicePlan plan, DemoBenefit benefit)
    {
        var periods = benefit.Planned.Select((planned, quarter) => new BenefitPeriod(DemoBenefit.Period(quarter), planned, null)).ToList();
        return new Benefit(benefit.Id, plan.Id, benefit.Name, benefit.Category, benefit.Owner, periods, null, null, null);
    }

    private static string KpiId(DemoServicePlan plan, DemoKpi kpi) => $"{plan.Id}.{kpi.Name}";
}
