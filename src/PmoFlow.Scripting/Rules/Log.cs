using Microsoft.Extensions.Logging;

namespace PmoFlow.Scripting.Rules;

/// <summary>The project's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Loaded rule pack {Pack} ({Evaluator}): {RuleCount} rule(s), {How} in {Milliseconds:F0} ms.")]
    public static partial void RulePackLoaded(this ILogger logger, string pack, string evaluator, int ruleCount, string how, double milliseconds);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Rule pack {Pack} from {Origin} does not load:\n{Diagnostics}")]
    public static partial void RulePackFailed(this ILogger logger, string pack, string origin, string diagnostics);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Rule pack {Pack} keeps {Evaluator} active: the new version has errors (see the previous message).")]
    public static partial void RulePackKept(this ILogger logger, string pack, string evaluator);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "The rule cache folder {Folder} could not be written: {Message}. Rules still load; a restart compiles them again.")]
    public static partial void RuleCacheWriteFailed(this ILogger logger, string folder, string message);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error,
        Message = "Rule {Rule} of {Evaluator} failed evaluating {Gate} for service {ServiceId}: {Message}")]
    public static partial void RuleFailed(this ILogger logger, string rule, string evaluator, string gate, string serviceId, string message);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Rule pack {Pack} could not be read from {Origin}: {Message}. Retrying.")]
    public static partial void RulePackReadFailed(this ILogger logger, string pack, string origin, string message);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Watching {Folder} for rule pack {Pack}.")]
    public static partial void RuleFolderWatched(this ILogger logger, string folder, string pack);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "The watch on rule folder {Folder} failed ({Message}); reloading it.")]
    public static partial void RuleWatcherFailed(this ILogger logger, string folder, string message);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "The cached image {Key} of rule pack {Pack} does not load ({Message}); compiling it again.")]
    public static partial void RuleCacheImageBroken(this ILogger logger, string key, string pack, string message);

    [LoggerMessage(EventId = 109, Level = LogLevel.Error, Message = "Loading rule pack {Pack} from {Origin} failed; the active version, if any, stays.")]
    public static partial void RulePackLoadCrashed(this ILogger logger, string pack, string origin, Exception exception);

    [LoggerMessage(EventId = 110, Level = LogLevel.Error,
        Message = "Rule pack {Pack} version {Evaluator} could not be archived for replay, so it is not active; the working version, if any, stays until it can be.")]
    public static partial void RulePackNotArchived(this ILogger logger, string pack, string evaluator, Exception exception);
}
