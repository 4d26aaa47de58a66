using PmoFlow.Core.Kpis;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Kpis;

/// <summary>A new KPI with its success criterion (gate 3→4 wants baseline, target, target date and owner on every one).</summary>
internal sealed record CreateKpiRequest(string? Name, string? Unit, string? GoodDirection, decimal? Baseline, decimal? Target, DateOnly? TargetDate, string? Owner)
{
    /// <summary>The KPI, or null after recording what is wrong in <paramref name="errors"/>.</summary>
    public Kpi? ToKpi(string serviceId, RequestErrors errors)
    {
        var name = errors.Text("name", Name, 100);
        var unit = errors.Text("unit", Unit, 20);
        var direction = errors.Enum<GoodDirection>("goodDirection", GoodDirection);
        var owner = errors.Text("owner", Owner, 200, required: false);
        return errors.HasErrors ? null : new Kpi(ApiIds.New(), serviceId, name!, unit!, direction!.Value, Baseline, Target, TargetDate, owner);
    }
}

/// <summary>A KPI with its latest observation.</summary>
internal sealed record KpiView(string Id, string ServiceId, string Name, string Unit, GoodDirection GoodDirection, decimal? Baseline, decimal? Target,
    DateOnly? TargetDate, string? Owner, bool IsCompleteCriterion, Observation? LatestObservation)
{
    public static KpiView From(Kpi k, Observation? latest) =>
        new(k.Id, k.ServiceId, k.Name, k.Unit, k.GoodDirection, k.Baseline, k.Target, k.TargetDate, k.Owner, k.IsCompleteCriterion, latest);
}

/// <summary>The KPI as stored, and the service after its gate looked at it.</summary>
internal sealed record KpiCreated(KpiView Kpi, ServiceView Service);
