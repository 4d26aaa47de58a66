using PmoFlow.Core.Ports;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    public Task AddSurveyResponseAsync(SurveyResponse response, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentException.ThrowIfNullOrWhiteSpace(response.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (response.Csat is < 1 or > 5) throw new PmoDataException("csat", $"CSAT must be 1 to 5 (was {response.Csat}).");
        if (response.Nps is < 0 or > 10) throw new PmoDataException("nps", $"NPS answers must be 0 to 10 (was {response.Nps}).");
        return db.WriteAsync(s =>
        {
            Guards.RequireService(s, response.ServiceId);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO survey_responses (id, service_id, customer_group, csat, nps, responded_at, comment) " +
                "VALUES (@Id, @ServiceId, @CustomerGroup, @Csat, @Nps, @RespondedAt, @Comment)",
                new { response.Id, response.ServiceId, response.CustomerGroup, response.Csat, response.Nps, RespondedAt = Db.Time(response.RespondedAt), response.Comment },
                "Survey response", response.Id);
            AuditLog.Append(s, now, actor, response.ServiceId, "survey.responded", response);
            WorkQueue.Enqueue(s, response.ServiceId, "survey.responded", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<SurveyResponse>> ListSurveyResponsesAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<SurveyResponse>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return ReadSurveys(s, serviceId);
        }, cancellationToken);

    public Task AddValueStatementAsync(ValueStatement statement, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentException.ThrowIfNullOrWhiteSpace(statement.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s =>
        {
            if (statement.ServiceId is not null) Guards.RequireService(s, statement.ServiceId);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO value_statements (id, service_id, text, amount, unit, evidence_links, published_at) " +
                "VALUES (@Id, @ServiceId, @Text, @Amount, @Unit, @EvidenceLinks, @PublishedAt)",
                new
                {
                    statement.Id, statement.ServiceId, statement.Text, Amount = Db.Decimal(statement.Amount), statement.Unit,
                    EvidenceLinks = Db.ToJson(statement.EvidenceLinks), PublishedAt = Db.Time(statement.PublishedAt),
                },
                "Value statement", statement.Id);
            AuditLog.Append(s, now, actor, statement.ServiceId, "value.published", statement);
            if (statement.ServiceId is not null) WorkQueue.Enqueue(s, statement.ServiceId, "value.published", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ValueStatement>> ListValueStatementsAsync(string? serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<ValueStatement>>(s => ReadValueStatements(s, serviceId), cancellationToken);

    private static SurveyResponse[] ReadSurveys(DbSession session, string serviceId) =>
        ToSurveys(session.Query<SurveyRow>($"SELECT {SurveyRow.Columns} FROM survey_responses WHERE service_id = @Id ORDER BY responded_at, seq", new { Id = serviceId }));

    private static SurveyResponse[] ToSurveys(List<SurveyRow> rows) => rows.Select(r => r.ToDomain()).ToArray();

    /// <summary>Two statements rather than <c>@Id IS NULL OR service_id = @Id</c>, which SQLite cannot answer from the index.</summary>
    private static ValueStatement[] ReadValueStatements(DbSession session, string? serviceId) =>
        (serviceId is null
            ? session.Query<ValueStatementRow>($"SELECT {ValueStatementRow.Columns} FROM value_statements ORDER BY published_at DESC, seq DESC")
            : session.Query<ValueStatementRow>(
                $"SELECT {ValueStatementRow.Columns} FROM value_statements WHERE service_id = @Id ORDER BY published_at DESC, seq DESC", new { Id = serviceId }))
        .Select(r => r.ToDomain()).ToArray();

    private static ValueStatement[] ToValueStatements(List<ValueStatementRow> rows) => rows.Select(r => r.ToDomain()).ToArray();
}
