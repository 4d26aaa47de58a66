using PmoFlow.Core.Surveys;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>survey_responses</c> row.</summary>
internal sealed class SurveyRow
{
    public const string Columns = "id, service_id AS ServiceId, customer_group AS CustomerGroup, csat, nps, responded_at AS RespondedAt, comment";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string CustomerGroup { get; init; } = "";
    public int? Csat { get; init; }
    public int? Nps { get; init; }
    public string RespondedAt { get; init; } = "";
    public string? Comment { get; init; }

    public SurveyResponse ToDomain() => new(Id, ServiceId, CustomerGroup, Csat, Nps, Db.ToTime(RespondedAt), Comment);
}
