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
    /// without its KPI, or a decision without the approval it decided.
    /// </summary>
    public Task<GateContext?> LoadGateContextAsync(string serviceId, string gate, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gate);
        return db.ReadAsync(s =>
        {
            var service = ReadService(s, serviceId);
            if (service is null) return null;
            var (charter, baseline, thresholds) = ReadSettings(s);
            return new GateContext(gate, service, ReadCustomersOf(s, service), ReadKpis(s, serviceId), ReadObservations(s, serviceId), ReadBenefits(s, serviceId),
                ReadSurveys(s, serviceId), ReadApprovalsOf(s, serviceId), ReadWaivers(s, serviceId), charter, baseline, thresholds, now)
            {
                ValueStatements = ReadValueStatements(s, serviceId),
            };
        }, cancellationToken);
    }
}
