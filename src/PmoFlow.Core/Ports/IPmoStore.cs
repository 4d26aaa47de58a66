using PmoFlow.Core.Approvals;
using PmoFlow.Core.Audit;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Core.Ports;

/// <summary>
/// Where the PMO's data lives. Every write is one transaction with its audit entry, and every write that can
/// change a gate's decision also queues <see cref="PendingWork"/> for the service in that same transaction, so a
/// crash never loses the fact that a gate must be looked at again. Unknown ids raise
/// <see cref="PmoDataException"/> with <c>IsNotFound</c>.
/// </summary>
public interface IPmoStore
{
    /// <summary>The PMO charter.</summary>
    Task<PmoCharter> GetCharterAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the charter.</summary>
    Task SetCharterAsync(PmoCharter charter, string actor, CancellationToken cancellationToken = default);

    /// <summary>The organizational baseline.</summary>
    Task<OrganizationalBaseline> GetBaselineAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the baseline.</summary>
    Task SetBaselineAsync(OrganizationalBaseline baseline, string actor, CancellationToken cancellationToken = default);

    /// <summary>The gate thresholds in force.</summary>
    Task<GateThresholds> GetThresholdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the gate thresholds.</summary>
    Task SetThresholdsAsync(GateThresholds thresholds, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every customer.</summary>
    Task<IReadOnlyList<PmoCustomer>> ListCustomersAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a customer (duplicate id: <see cref="PmoDataException"/>).</summary>
    Task AddCustomerAsync(PmoCustomer customer, string actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a service.</summary>
    Task AddServiceAsync(PmoService service, string actor, CancellationToken cancellationToken = default);

    /// <summary>A service, or null.</summary>
    Task<PmoService?> FindServiceAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Services matching the filter, by name.</summary>
    Task<IReadOnlyList<PmoService>> ListServicesAsync(ServiceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>A service's step history, oldest first.</summary>
    Task<IReadOnlyList<StepTransition>> GetHistoryAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Adds a KPI to a service.</summary>
    Task AddKpiAsync(Kpi kpi, string actor, CancellationToken cancellationToken = default);

    /// <summary>A service's KPIs.</summary>
    Task<IReadOnlyList<Kpi>> ListKpisAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Records an observation of a KPI; queues the service's gates.</summary>
    Task AddObservationAsync(Observation observation, string actor, CancellationToken cancellationToken = default);

    /// <summary>Observations of a service's KPIs, oldest first.</summary>
    Task<IReadOnlyList<Observation>> ListObservationsAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Adds a benefit to a service; queues the service's gates.</summary>
    Task AddBenefitAsync(Benefit benefit, string actor, CancellationToken cancellationToken = default);

    /// <summary>Sets planned and/or actual of one period of a benefit (adding the period if new); queues the service's gates.</summary>
    Task RecordBenefitPeriodAsync(string benefitId, string period, decimal? planned, decimal? actual, string actor, CancellationToken cancellationToken = default);

    /// <summary>Records the owner's validation of a benefit, with a variance note if given; queues the service's gates.</summary>
    Task ValidateBenefitAsync(string benefitId, string validatedBy, string? varianceNote, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>A benefit by id, or null.</summary>
    Task<Benefit?> FindBenefitAsync(string benefitId, CancellationToken cancellationToken = default);

    /// <summary>A service's benefits.</summary>
    Task<IReadOnlyList<Benefit>> ListBenefitsAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Records a survey response; queues the service's gates.</summary>
    Task AddSurveyResponseAsync(SurveyResponse response, string actor, CancellationToken cancellationToken = default);

    /// <summary>A service's survey responses, oldest first.</summary>
    Task<IReadOnlyList<SurveyResponse>> ListSurveyResponsesAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Approvals matching the filter, newest first.</summary>
    Task<IReadOnlyList<Approval>> ListApprovalsAsync(ApprovalFilter filter, CancellationToken cancellationToken = default);

    /// <summary>An approval, or null.</summary>
    Task<Approval?> FindApprovalAsync(string approvalId, CancellationToken cancellationToken = default);

    /// <summary>Decides a pending approval (already decided: <see cref="PmoDataException"/>); queues the service's gates.</summary>
    Task DecideApprovalAsync(string approvalId, ApprovalStatus decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Adds a waiver; queues the service's gates.</summary>
    Task AddWaiverAsync(Waiver waiver, CancellationToken cancellationToken = default);

    /// <summary>A service's waivers.</summary>
    Task<IReadOnlyList<Waiver>> ListWaiversAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Publishes a value statement; queues the service's gates when it names one.</summary>
    Task AddValueStatementAsync(ValueStatement statement, string actor, CancellationToken cancellationToken = default);

    /// <summary>Value statements, newest first; a service's only when <paramref name="serviceId"/> is given.</summary>
    Task<IReadOnlyList<ValueStatement>> ListValueStatementsAsync(string? serviceId, CancellationToken cancellationToken = default);

    /// <summary>A service's gate evaluations, newest first, optionally for one gate.</summary>
    Task<IReadOnlyList<GateEvaluation>> ListGateEvaluationsAsync(string serviceId, string? gate = null, CancellationToken cancellationToken = default);

    /// <summary>The audit trail, oldest first; a service's only when <paramref name="serviceId"/> is given.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? serviceId, CancellationToken cancellationToken = default);

    /// <summary>Everything a gate rule reads about a service, read in one transaction; null when the service does not exist.</summary>
    Task<GateContext?> LoadGateContextAsync(string serviceId, string gate, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Queued re-evaluations, oldest first.</summary>
    Task<IReadOnlyList<PendingWork>> ListPendingWorkAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>One service's queued re-evaluations, oldest first.</summary>
    Task<IReadOnlyList<PendingWork>> ListPendingWorkAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Queues a re-evaluation of a service (on demand).</summary>
    Task QueueWorkAsync(string serviceId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Drops a work item that needs no workflow transition (its service has nothing waiting).</summary>
    Task CompleteWorkAsync(long workId, CancellationToken cancellationToken = default);
}
