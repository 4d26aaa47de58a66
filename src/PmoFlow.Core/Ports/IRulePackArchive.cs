using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Ports;

/// <summary>
/// Every rule pack version a gate evaluation may cite, kept beside the evaluations: a version is archived before it
/// decides anything, so "replay with the rules it used" works after a restart and on another machine with the database.
/// </summary>
/// <remarks>
/// Synchronous: packs are archived by the rule registry when it activates a version, on the thread that loads it, and
/// SQLite's calls are synchronous anyway.
/// </remarks>
public interface IRulePackArchive
{
    /// <summary>Stores <paramref name="pack"/> unless a version with its hash is already stored (same hash, same text).</summary>
    void Save(ArchivedRulePack pack);

    /// <summary>The version with content hash <paramref name="hash"/>, or null.</summary>
    ArchivedRulePack? Find(string hash);
}
