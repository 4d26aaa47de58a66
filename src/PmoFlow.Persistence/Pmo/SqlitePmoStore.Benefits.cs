using PmoFlow.Core.Benefits;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    private const string InsertPeriod = "INSERT INTO benefit_periods (benefit_id, period, position, planned, actual) VALUES (@BenefitId, @Period, @Position, @Planned, @Actual)";

    public Task AddBenefitAsync(Benefit benefit, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        ArgumentException.ThrowIfNullOrWhiteSpace(benefit.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (benefit.Periods.GroupBy(p => p.Period, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new PmoDataException("periods", $"Period '{twice.Key}' appears more than once.");
        return db.WriteAsync(s =>
        {
            Guards.RequireService(s, benefit.ServiceId);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO benefits (id, service_id, name, category, owner, validated_by, validated_at, variance_note) " +
                "VALUES (@Id, @ServiceId, @Name, @Category, @Owner, @ValidatedBy, @ValidatedAt, @VarianceNote)",
                new
                {
                    benefit.Id, benefit.ServiceId, benefit.Name, Category = benefit.Category.ToString(), benefit.Owner, benefit.ValidatedBy,
                    ValidatedAt = Db.Time(benefit.ValidatedAt), benefit.VarianceNote,
                },
                "Benefit", benefit.Id);
            for (var i = 0; i < benefit.Periods.Count; i++)
            {
                var p = benefit.Periods[i];
                s.Execute(InsertPeriod, new { BenefitId = benefit.Id, p.Period, Position = i, Planned = Db.Decimal(p.Planned), Actual = Db.Decimal(p.Actual) });
            }
            AuditLog.Append(s, now, actor, benefit.ServiceId, "benefit.added", benefit);
            WorkQueue.Enqueue(s, benefit.ServiceId, "benefit.added", now);
        }, cancellationToken);
    }

    public Task RecordBenefitPeriodAsync(string benefitId, string period, decimal? planned, decimal? actual, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (string.IsNullOrWhiteSpace(period)) throw new PmoDataException("period", "A period is required (2026-Q1).");
        if (planned is null && actual is null) throw new PmoDataException("actual", "Give a planned value, an actual value, or both.");
        return db.WriteAsync(s =>
        {
            var serviceId = BenefitServiceId(s, benefitId);
            var now = clock.GetUtcNow();
            var updated = s.Execute(
                "UPDATE benefit_periods SET planned = COALESCE(@Planned, planned), actual = COALESCE(@Actual, actual) WHERE benefit_id = @BenefitId AND period = @Period",
                new { BenefitId = benefitId, Period = period, Planned = Db.Decimal(planned), Actual = Db.Decimal(actual) });
            if (updated == 0)
            {
                var position = s.Scalar<long>("SELECT COALESCE(MAX(position) + 1, 0) FROM benefit_periods WHERE benefit_id = @BenefitId", new { BenefitId = benefitId });
                s.Execute(InsertPeriod, new { BenefitId = benefitId, Period = period, Position = position, Planned = Db.Decimal(planned ?? 0m), Actual = Db.Decimal(actual) });
            }
            AuditLog.Append(s, now, actor, serviceId, "benefit.period-recorded", new { benefitId, period, planned, actual });
            WorkQueue.Enqueue(s, serviceId, "benefit.period-recorded", now);
        }, cancellationToken);
    }

    public Task ValidateBenefitAsync(string benefitId, string validatedBy, string? varianceNote, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(validatedBy);
        return db.WriteAsync(s =>
        {
            var serviceId = BenefitServiceId(s, benefitId);
            var now = clock.GetUtcNow();
            // A validation without a note keeps the note already recorded.
            s.Execute("UPDATE benefits SET validated_by = @By, validated_at = @At, variance_note = COALESCE(@Note, variance_note) WHERE id = @Id",
                new { Id = benefitId, By = validatedBy, At = Db.Time(at), Note = varianceNote });
            AuditLog.Append(s, now, validatedBy, serviceId, "benefit.validated", new { benefitId, validatedBy, varianceNote, at });
            WorkQueue.Enqueue(s, serviceId, "benefit.validated", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Benefit>> ListBenefitsAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Benefit>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return ReadBenefits(s, serviceId);
        }, cancellationToken);

    public Task<Benefit?> FindBenefitAsync(string benefitId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(s =>
        {
            var serviceId = s.QuerySingleOrDefault<string>("SELECT service_id FROM benefits WHERE id = @Id", new { Id = benefitId });
            return serviceId is null ? null : ReadBenefits(s, serviceId).FirstOrDefault(b => b.Id == benefitId);
        }, cancellationToken);

    private static string BenefitServiceId(DbSession session, string benefitId) =>
        session.QuerySingleOrDefault<string>("SELECT service_id FROM benefits WHERE id = @Id", new { Id = benefitId })
        ?? throw new PmoDataException("benefitId", $"No benefit '{benefitId}'.", isNotFound: true);

    private static Benefit[] ReadBenefits(DbSession session, string serviceId)
    {
        var benefits = session.Query<BenefitRow>($"SELECT {BenefitRow.Columns} FROM benefits WHERE service_id = @Id ORDER BY seq", new { Id = serviceId });
        if (benefits.Count == 0) return [];
        // A join rather than IN (SELECT ...), which makes SQLite build a temporary table first.
        return ToBenefits(benefits, session.Query<BenefitPeriodRow>(
            $"SELECT {BenefitPeriodRow.Columns} FROM benefit_periods JOIN benefits b ON b.id = benefit_id WHERE b.service_id = @Id ORDER BY benefit_id, position",
            new { Id = serviceId }));
    }

    private static Benefit[] ToBenefits(List<BenefitRow> benefits, List<BenefitPeriodRow> periods)
    {
        if (benefits.Count == 0) return [];
        var byBenefit = periods.ToLookup(p => p.BenefitId, p => p.ToDomain(), StringComparer.Ordinal);
        return benefits.Select(r => r.ToDomain(byBenefit[r.Id].ToArray())).ToArray();
    }
}
