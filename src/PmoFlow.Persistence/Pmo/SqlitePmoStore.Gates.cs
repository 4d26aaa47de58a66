using PmoFlow.Core.Gates;
using PmoFlow.Persistence.Pmo.Rows;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    public Task<IReadOnlyList<GateEvaluation>> ListGateEvaluationsAsync(string serviceId, string? gate = null, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<GateEvaluation>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return s.Query<EvaluationRow>(
                    $"SELECT {EvaluationRow.Columns} FROM gate_evaluations WHERE service_id = @Id AND (@Gate IS NULL OR gate = @Gate) ORDER BY evaluated_at DESC, seq DESC",
                    new { Id = serviceId, Gate = gate })
                .Select(r => r.ToDomain()).ToArray();
        }, cancellationToken);

    /// <summary>
    /// Every read in one deferred transaction: in WAL mode that is one snapshot, so a rule never sees an observation
    /// without its KPI, or a decision without the approval it decided. All of it but the customers is one statement
    /// (<see cref="GateRows"/>); the customers follow the service's own list.
    /// </summary>
    public Task<GateContext?> LoadGateContextAsync(string serviceId, string gate, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gate);
        return db.ReadAsync(s =>
        {
            var rows = s.Read(GateRows.Sql, new { Id = serviceId }, GateRows.Read);
            if (rows.Service.Count == 0) return null;
            var service = rows.Service[0].ToDomain();
            var (charter, baseline, thresholds) = ToSettings(rows.Settings);
            return new GateContext(gate, service, ReadCustomersOf(s, service), ToKpis(rows.Kpis), ToObservations(rows.Observations),
                ToBenefits(rows.Benefits, rows.Periods), ToSurveys(rows.Surveys), ToApprovals(rows.Approvals), ToWaivers(rows.Waivers), charter, baseline, thresholds, now)
            {
                ValueStatements = ToValueStatements(rows.Statements),
            };
        }, cancellationToken);
    }
}
