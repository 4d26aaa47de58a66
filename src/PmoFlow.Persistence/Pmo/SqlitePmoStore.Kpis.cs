using PmoFlow.Core.Kpis;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    public Task AddKpiAsync(Kpi kpi, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        ArgumentException.ThrowIfNullOrWhiteSpace(kpi.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s =>
        {
            Guards.RequireService(s, kpi.ServiceId);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO kpis (id, service_id, name, unit, good_direction, baseline, target, target_date, owner) " +
                "VALUES (@Id, @ServiceId, @Name, @Unit, @GoodDirection, @Baseline, @Target, @TargetDate, @Owner)",
                new
                {
                    kpi.Id, kpi.ServiceId, kpi.Name, kpi.Unit, GoodDirection = kpi.GoodDirection.ToString(), Baseline = Db.Decimal(kpi.Baseline),
                    Target = Db.Decimal(kpi.Target), TargetDate = Db.Date(kpi.TargetDate), kpi.Owner,
                },
                "KPI", kpi.Id);
            AuditLog.Append(s, now, actor, kpi.ServiceId, "kpi.added", kpi);
            // A new success criterion changes what gate 3→4 sees.
            WorkQueue.Enqueue(s, kpi.ServiceId, "kpi.added", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Kpi>> ListKpisAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Kpi>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return ReadKpis(s, serviceId);
        }, cancellationToken);

    public Task AddObservationAsync(Observation observation, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentException.ThrowIfNullOrWhiteSpace(observation.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s =>
        {
            var serviceId = s.QuerySingleOrDefault<string>("SELECT service_id FROM kpis WHERE id = @Id", new { Id = observation.KpiId })
                ?? throw new PmoDataException("kpiId", $"No KPI '{observation.KpiId}'.", isNotFound: true);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO observations (id, kpi_id, service_id, value, unit, observed_at, source, evidence_link) " +
                "VALUES (@Id, @KpiId, @ServiceId, @Value, @Unit, @ObservedAt, @Source, @EvidenceLink)",
                new
                {
                    observation.Id, observation.KpiId, ServiceId = serviceId, Value = Db.Decimal(observation.Value), observation.Unit,
                    ObservedAt = Db.Time(observation.ObservedAt), observation.Source, observation.EvidenceLink,
                },
                "Observation", observation.Id);
            AuditLog.Append(s, now, actor, serviceId, "observation.recorded", observation);
            WorkQueue.Enqueue(s, serviceId, "observation.recorded", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Observation>> ListObservationsAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Observation>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return ReadObservations(s, serviceId);
        }, cancellationToken);

    private static Kpi[] ReadKpis(DbSession session, string serviceId) =>
        ToKpis(session.Query<KpiRow>($"SELECT {KpiRow.Columns} FROM kpis WHERE service_id = @Id ORDER BY seq", new { Id = serviceId }));

    private static Kpi[] ToKpis(List<KpiRow> rows) => rows.Select(r => r.ToDomain()).ToArray();

    private static Observation[] ReadObservations(DbSession session, string serviceId) =>
        ToObservations(session.Query<ObservationRow>($"SELECT {ObservationRow.Columns} FROM observations WHERE service_id = @Id ORDER BY observed_at, seq", new { Id = serviceId }));

    private static Observation[] ToObservations(List<ObservationRow> rows) => rows.Select(r => r.ToDomain()).ToArray();
}
