using PmoFlow.Core.Customers;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Surveys;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>The slices of a gate context the built-in rules share.</summary>
internal static class RuleData
{
    /// <summary>
    /// The service's own customers. The snapshot may carry more customers than the service lists, so the
    /// service's <c>CustomerIds</c> decide.
    /// </summary>
    public static IReadOnlyList<PmoCustomer> CustomersOf(GateContext context) =>
        context.Customers.Where(c => context.Service.CustomerIds.Contains(c.Id, StringComparer.Ordinal)).ToList();

    /// <summary>Survey responses about the service since it entered its current step: earlier answers were about an earlier step or turn.</summary>
    public static IReadOnlyList<SurveyResponse> SurveysSinceStepEntered(GateContext context) =>
        context.Surveys.Where(s => s.ServiceId == context.Service.Id && s.RespondedAt >= context.Service.StepEnteredAt && s.RespondedAt <= context.Now).ToList();

    /// <summary>The observations of <paramref name="kpi"/> up to now, oldest first.</summary>
    public static IReadOnlyList<Observation> ObservationsOf(GateContext context, Kpi kpi) =>
        context.Observations.Where(o => o.KpiId == kpi.Id && o.ObservedAt <= context.Now).OrderBy(o => o.ObservedAt).ToList();

    /// <summary>A KPI's name for explanations, falling back to its id.</summary>
    public static string Label(Kpi kpi) => string.IsNullOrWhiteSpace(kpi.Name) ? kpi.Id : kpi.Name;

    /// <summary>An observation as the input snapshot records it.</summary>
    public static object? Snapshot(Observation? o) => o is null ? null : new { o.Id, o.Value, o.ObservedAt };
}
