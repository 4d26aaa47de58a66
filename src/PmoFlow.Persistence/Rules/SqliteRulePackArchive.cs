using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Rules;

/// <summary>
/// Rule pack versions in <c>rule_pack_versions</c>, one row per content hash. Inside a store transaction on the
/// same flow (a pack first loaded during an engine pass) the write joins it, so it can never wait on the pass's own
/// write lock; otherwise it is a transaction of its own.
/// </summary>
internal sealed class SqliteRulePackArchive(SqliteDatabase db) : IRulePackArchive
{
    public void Save(ArchivedRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        db.Write(s => s.Execute(
            "INSERT INTO rule_pack_versions (hash, name, origin, files, archived_at) VALUES (@Hash, @Name, @Origin, @Files, @ArchivedAt) ON CONFLICT (hash) DO NOTHING",
            new { pack.Hash, pack.Name, pack.Origin, Files = Db.ToJson(pack.Files), ArchivedAt = Db.Time(pack.ArchivedAt) }));
    }

    public ArchivedRulePack? Find(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var row = db.Read(s => s.QuerySingleOrDefault<Row>(
            "SELECT hash, name, origin, files, archived_at AS ArchivedAt FROM rule_pack_versions WHERE hash = @hash", new { hash }));
        return row is null ? null : new ArchivedRulePack(row.Name, row.Hash, row.Origin, Db.FromJson<ArchivedRuleFile[]>(row.Files), Db.ToTime(row.ArchivedAt));
    }

    private sealed class Row
    {
        public string Hash { get; init; } = "";
        public string Name { get; init; } = "";
        public string Origin { get; init; } = "";
        public string Files { get; init; } = "[]";
        public string ArchivedAt { get; init; } = "";
    }
}
