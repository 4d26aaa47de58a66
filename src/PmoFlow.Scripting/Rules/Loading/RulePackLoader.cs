using Microsoft.Extensions.Logging;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>
/// Turns a pack's sources into a loaded version: the compiled image is taken from the disk cache when the same sources
/// were compiled for the same code before, and compiled otherwise. Archives the sources of the versions that decide
/// gates (<see cref="Archive"/>) and finds them again for replay (<see cref="FindArchived"/>).
/// </summary>
/// <remarks>
/// The archive is the store's (<see cref="IRulePackArchive"/>, in the database beside the evaluations) when the host
/// has one, plus the cache folder's <c>sources/</c>; candidates that are only checked, tested or compared are loaded
/// without being archived.
/// </remarks>
internal sealed class RulePackLoader(RulePackCompiler compiler, RulePackCache cache, TimeProvider clock, ILogger<RulePackLoader> logger,
    IRulePackArchive? archive = null)
{
    public RulePackCompiler Compiler => compiler;

    public RulePackCache Cache => cache;

    /// <summary>Where archived sources are looked for, for messages.</summary>
    public string ArchiveLocation => (archive is not null, cache.Folder) switch
    {
        (true, { } folder) => $"the database or {folder}",
        (true, null) => "the database",
        (false, { } folder) => folder,
        _ => "any archive (neither a database nor a cache folder is configured)",
    };

    public RuleLoadResult Load(RulePackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = clock.GetTimestamp();
        var diagnostics = new List<RuleDiagnostic>();
        var headers = RulePackHeaders.Parse(source, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return Done(null, diagnostics);
        var rules = headers.Select(h => h.Header!).ToList();
        if (rules.Count == 0) return Done(RulePackVersion.Load(source, [], null, fromCache: true, clock.GetUtcNow()), diagnostics);

        var key = RuleCacheKey.Of(source);
        if (cache.ReadImage(key) is { } cached)
        {
            try
            {
                return Done(RulePackVersion.Load(source, rules, cached, fromCache: true, clock.GetUtcNow()), diagnostics);
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or TypeLoadException or MissingMethodException)
            {
                // A damaged file under the right name: drop it, so the image compiled below takes its place.
                logger.RuleCacheImageBroken(key, source.Name, ex.Message);
                cache.RemoveImage(key);
            }
        }

        var compiled = compiler.Compile(source, warnings: false);
        if (!compiled.Succeeded || compiled.Image is null) return Done(null, compiled.Diagnostics);
        try
        {
            cache.SaveImage(key, compiled.Image);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.RuleCacheWriteFailed(cache.Folder ?? "", ex.Message);
        }
        return Done(RulePackVersion.Load(source, compiled.Rules, compiled.Image, fromCache: false, clock.GetUtcNow()), compiled.Diagnostics);

        RuleLoadResult Done(RulePackVersion? version, IReadOnlyList<RuleDiagnostic> found) =>
            new(source, version, found, clock.GetElapsedTime(started));
    }

    /// <summary>
    /// Archives <paramref name="source"/> before it decides anything: in the store, which must succeed (a decision whose
    /// rules cannot be found again cannot be replayed), and in the cache folder, best effort.
    /// </summary>
    public void Archive(RulePackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        archive?.Save(new ArchivedRulePack(source.Name, source.Hash, source.Origin, [.. source.Files.Select(f => new ArchivedRuleFile(f.Name, f.Text))],
            clock.GetUtcNow()));
        try
        {
            cache.SaveSources(source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.RuleCacheWriteFailed(cache.Folder ?? "", ex.Message);
        }
    }

    /// <summary>The archived sources of the version with content hash <paramref name="hash"/>: from the store, else the cache folder; null when neither has them.</summary>
    /// <exception cref="InvalidDataException">The archived text no longer hashes to <paramref name="hash"/>.</exception>
    public RulePackSource? FindArchived(string hash)
    {
        if (!PackHash.IsValid(hash)) return null;
        if (archive?.Find(hash) is { } stored)
        {
            var source = new RulePackSource(stored.Name, stored.Origin, stored.Files.Select(f => new RuleFile(f.Name, f.Text)));
            return source.Hash == hash
                ? source
                : throw new InvalidDataException($"The archived sources of rule pack version sha256:{hash} hash to {source.Hash}: the archive was changed by hand.");
        }
        return cache.ReadSources(hash);
    }
}
