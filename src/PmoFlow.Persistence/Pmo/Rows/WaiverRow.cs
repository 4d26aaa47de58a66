using PmoFlow.Core.Waivers;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>waivers</c> row.</summary>
internal sealed class WaiverRow
{
    public const string Columns = "id, service_id AS ServiceId, gate, granted_by AS GrantedBy, role, reason, granted_at AS GrantedAt, until";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string Gate { get; init; } = "";
    public string GrantedBy { get; init; } = "";
    public string Role { get; init; } = "";
    public string Reason { get; init; } = "";
    public string GrantedAt { get; init; } = "";
    public string Until { get; init; } = "";

    public Waiver ToDomain() => new(Id, ServiceId, Gate, GrantedBy, Role, Reason, Db.ToTime(GrantedAt), Db.ToTime(Until));
}
