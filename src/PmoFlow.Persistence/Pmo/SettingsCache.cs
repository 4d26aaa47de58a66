using System.Collections.Concurrent;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>
/// Charter, baseline and thresholds, parsed once per stored text. Every gate reads all three, so the store still
/// reads their rows each time (cheap, and right even when another process changed them) but parses a document
/// again only when its text differs from the last one parsed. The values are immutable records, safe to share.
/// </summary>
internal sealed class SettingsCache
{
    private readonly ConcurrentDictionary<string, (string Json, object Value)> _parsed = new(StringComparer.Ordinal);

    public T Get<T>(string key, string? json, T fallback) where T : notnull
    {
        if (json is null) return fallback;
        if (_parsed.TryGetValue(key, out var entry) && string.Equals(entry.Json, json, StringComparison.Ordinal) && entry.Value is T cached) return cached;
        var value = Db.FromJson<T>(json);
        _parsed[key] = (json, value);
        return value;
    }
}
