using Microsoft.Extensions.Logging;

namespace PmoFlow.Persistence;

/// <summary>The project's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Applied migration {Version:D4} {Name} to {Database}.")]
    public static partial void MigrationApplied(this ILogger logger, int version, string name, string database);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Database {Database} is at schema version {Version}.")]
    public static partial void DatabaseReady(this ILogger logger, string database, int version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Committed instance {InstanceId} with {EffectCount} effect(s).")]
    public static partial void InstanceCommitted(this ILogger logger, string instanceId, int effectCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Loaded {Count} workflow definition version(s) from {Database}.")]
    public static partial void DefinitionsLoaded(this ILogger logger, int count, string database);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Work item {WorkId} was already gone when its transition committed.")]
    public static partial void WorkAlreadyDone(this ILogger logger, long workId);
}
