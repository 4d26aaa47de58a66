using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>
/// The PMO data in SQLite. Each write is one <c>BEGIN IMMEDIATE</c> transaction holding the change, its audit entry
/// and, when a gate could decide differently, a pending-work row; each read is one snapshot. Split by concern into
/// partial files.
/// </summary>
internal sealed partial class SqlitePmoStore(SqliteDatabase db, TimeProvider clock) : IPmoStore
{
    private const string CharterKey = "charter";
    private const string BaselineKey = "baseline";
    private const string ThresholdsKey = "thresholds";

    private readonly SettingsCache _settings = new();

    public Task<PmoCharter> GetCharterAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync(s => ReadSetting(s, CharterKey, PmoDefaults.Charter), cancellationToken);

    public Task SetCharterAsync(PmoCharter charter, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(charter);
        return WriteSetting(CharterKey, charter, actor, "charter.updated", cancellationToken);
    }

    public Task<OrganizationalBaseline> GetBaselineAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync(s => ReadSetting(s, BaselineKey, PmoDefaults.Baseline), cancellationToken);

    public Task SetBaselineAsync(OrganizationalBaseline baseline, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.OpdMaturityStage is < 1 or > 5)
            throw new PmoDataException("opdMaturityStage", $"OPD maturity stage must be 1 to 5 (was {baseline.OpdMaturityStage}).");
        return WriteSetting(BaselineKey, baseline, actor, "baseline.updated", cancellationToken);
    }

    public Task<GateThresholds> GetThresholdsAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync(s => ReadSetting(s, ThresholdsKey, PmoDefaults.Thresholds), cancellationToken);

    public Task SetThresholdsAsync(GateThresholds thresholds, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return WriteSetting(ThresholdsKey, thresholds, actor, "thresholds.updated", cancellationToken);
    }

    private T ReadSetting<T>(DbSession session, string key, T fallback) where T : notnull =>
        _settings.Get(key, session.QuerySingleOrDefault<string>("SELECT json FROM settings WHERE key = @Key", new { Key = key }), fallback);

    /// <summary>All three settings from the settings table's rows (it holds only these documents; a gate reads it whole).</summary>
    private (PmoCharter Charter, OrganizationalBaseline Baseline, GateThresholds Thresholds) ToSettings(List<SettingRow> rows)
    {
        string? charter = null, baseline = null, thresholds = null;
        foreach (var row in rows)
        {
            switch (row.Key)
            {
                case CharterKey: charter = row.Json; break;
                case BaselineKey: baseline = row.Json; break;
                case ThresholdsKey: thresholds = row.Json; break;
            }
        }
        return (_settings.Get(CharterKey, charter, PmoDefaults.Charter), _settings.Get(BaselineKey, baseline, PmoDefaults.Baseline),
            _settings.Get(ThresholdsKey, thresholds, PmoDefaults.Thresholds));
    }

    /// <summary>Charter, baseline and thresholds feed every gate, so a change queues every service.</summary>
    private Task WriteSetting<T>(string key, T value, string actor, string action, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s =>
        {
            var now = clock.GetUtcNow();
            s.Execute("INSERT INTO settings (key, json, updated_at) VALUES (@Key, @Json, @At) ON CONFLICT(key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
                new { Key = key, Json = Db.ToJson(value), At = Db.Time(now) });
            AuditLog.Append(s, now, actor, null, action, value!);
            WorkQueue.EnqueueAll(s, action, now);
        }, cancellationToken);
    }
}
