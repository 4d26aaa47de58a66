using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>
/// What effect handlers write through: the save's session for their own rows, plus the audit entries and consumed
/// work items they add, which <see cref="EffectApplier"/> writes after the last effect, one statement each. A
/// transition's effects thus write their three audit entries with one insert and delete the work they consumed with
/// one delete; nothing reads those tables in between, and the save is one transaction either way.
/// </summary>
internal sealed class EffectSession(DbSession session)
{
    private readonly List<AuditRecord> _audit = [];
    private readonly List<long> _work = [];

    public DbSession Db => session;

    public IReadOnlyList<AuditRecord> AuditEntries => _audit;

    public IReadOnlyList<long> DoneWork => _work;

    /// <summary>An audit entry by the engine.</summary>
    public void Audit(DateTimeOffset at, string? serviceId, string action, object details) =>
        _audit.Add(AuditRecord.Of(at, AuditLog.EngineActor, serviceId, action, details));

    /// <summary>A work item the transition consumed.</summary>
    public void WorkDone(long workId) => _work.Add(workId);
}
