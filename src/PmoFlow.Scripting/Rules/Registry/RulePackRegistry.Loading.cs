using Microsoft.Extensions.Logging;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Registry;

internal sealed partial class RulePackRegistry
{
    /// <summary>Reads and loads a pack; false when it could not be read (the watcher tries again), true otherwise.</summary>
    private bool Load(RulePackSlot slot)
    {
        lock (slot.ReloadLock)
        {
            if (_disposed) return true;
            var provider = slot.Provider;
            var now = _clock.GetUtcNow();
            RulePackSource source;
            try
            {
                source = provider.Read();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.RulePackReadFailed(provider.Name, provider.Origin, ex.Message);
                slot.Status = slot.Status with { Errors = [new RuleDiagnostic(provider.Origin, 1, 1, RuleCodes.Pack, ex.Message)], LastAttemptAt = now };
                return false;
            }

            var current = slot.Current;
            if (current?.Hash == source.Hash || (slot.Status.FailedHash == source.Hash && slot.Status.HasErrors))
            {
                // Nothing changed since the last attempt (a touch, or a save of the same broken text).
                slot.Status = slot.Status with { LastAttemptAt = now };
                return true;
            }

            RuleLoadResult result;
            try
            {
                result = _loader.Load(source);
            }
            catch (Exception ex)
            {
                // The engine's fault rather than the rules' (a failing disk, a bug): the working version stays, the status says why.
                _logger.RulePackLoadCrashed(provider.Name, provider.Origin, ex);
                slot.Status = slot.Status with { Errors = [new RuleDiagnostic(provider.Origin, 1, 1, RuleCodes.Pack, $"loading failed: {ex.Message}")], FailedHash = source.Hash, LastAttemptAt = now };
                return true;
            }

            if (result.Version is { } version)
            {
                if (!TryArchive(slot, version, now)) return false;
                // From here new evaluations lease the new version; those in flight finish on the old one, which unloads after them.
                slot.Swap(version)?.Release();
                slot.Status = Active(slot, version, now);
                _logger.RulePackLoaded(provider.Name, version.Evaluator, version.Rules.Count, version.FromCache ? "from the disk cache" : "compiled",
                    result.Elapsed.TotalMilliseconds);
                return true;
            }

            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            slot.Status = slot.Status with { Errors = errors, FailedHash = source.Hash, LastAttemptAt = now };
            _logger.RulePackFailed(provider.Name, provider.Origin, string.Join("\n", errors));
            if (current is not null) _logger.RulePackKept(provider.Name, current.Evaluator);
            return true;
        }
    }

    /// <summary>
    /// Archives a version before it becomes current: every evaluation it makes cites its hash, and must be replayable.
    /// A version that cannot be archived is not activated (the working one stays) and is tried again later.
    /// </summary>
    private bool TryArchive(RulePackSlot slot, RulePackVersion version, DateTimeOffset now)
    {
        try
        {
            _loader.Archive(version.Source);
            return true;
        }
        catch (Exception ex)
        {
            version.Release();
            var provider = slot.Provider;
            _logger.RulePackNotArchived(provider.Name, version.Evaluator, ex);
            // No FailedHash: the same text is tried again on the next change or nudge, unlike a version with errors.
            slot.Status = slot.Status with
            {
                Errors = [new RuleDiagnostic(provider.Origin, 1, 1, RuleCodes.Pack, $"the version could not be archived for replay, so it is not active: {ex.Message}")],
                FailedHash = null,
                LastAttemptAt = now,
            };
            return false;
        }
    }

    private static RulePackStatus Active(RulePackSlot slot, RulePackVersion version, DateTimeOffset now) =>
        slot.Status with
        {
            Origin = version.Source.Origin,
            Evaluator = version.Evaluator,
            Hash = version.Hash,
            ActiveSince = now,
            FromCache = version.FromCache,
            Rules = [.. version.Rules.Select(r => new RuleSummary(r.Id, r.File, r.Gates, r.Version, r.Description))],
            Errors = [],
            FailedHash = null,
            LastAttemptAt = now,
        };
}
