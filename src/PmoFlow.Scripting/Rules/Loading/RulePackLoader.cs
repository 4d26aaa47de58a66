using Microsoft.Extensions.Logging;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>
/// Turns a pack's sources into a loaded version: the sources are archived under their hash, the compiled image is
/// taken from the disk cache when the same sources were compiled for the same code before, and compiled otherwise.
/// </summary>
internal sealed class RulePackLoader(RulePackCompiler compiler, RulePackCache cache, TimeProvider clock, ILogger<RulePackLoader> logger)
{
    public RulePackCompiler Compiler => compiler;

    public RulePackCache Cache => cache;

    public RuleLoadResult Load(RulePackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = clock.GetTimestamp();
        Archive(source);

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

    private void Archive(RulePackSource source)
    {
        try
        {
            cache.SaveSources(source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.RuleCacheWriteFailed(cache.Folder ?? "", ex.Message);
        }
    }
}
