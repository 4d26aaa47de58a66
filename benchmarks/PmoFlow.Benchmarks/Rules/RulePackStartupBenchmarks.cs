using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Benchmarks.Rules;

// Start-up with a warm disk cache: loading the default pack when its compiled image is already on disk (read the
// sources, hash them, read the image, load it into a new collectible context, bind the delegates). No Roslyn.
// Cold is the first load in a fresh process; Warm is a reload of the same version in a running one.
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8, id: "Warm", baseline: true)]
[MemoryDiagnoser]
public class RulePackStartupBenchmarks
{
    // One folder per build of the rule engine, so a stale image never makes Load compile.
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "pmoflow-rule-startup-benchmark",
        typeof(RulePackCompiler).Module.ModuleVersionId.ToString("N") + typeof(PmoFlow.Abstractions.Rules.RuleGlobals).Module.ModuleVersionId.ToString("N"));
    private string _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = Path.Combine(RepoRoot(), "workflows", "rules");
        // Fill the cache once, outside the measurement. (On the very first run that compile happens in the first cold
        // launch's setup; Roslyn is not on the load path, so it barely warms what the cold load then measures.)
        if (!Directory.Exists(Path.Combine(_cache, "compiled"))) new Warmer(_cache).Fill(RuleFolder.Read(_rules, "default"));
    }

    [Benchmark]
    public int LoadFromDiskCache()
    {
        var compiler = new RulePackCompiler();
        var loader = new RulePackLoader(compiler, new RulePackCache(_cache), TimeProvider.System, NullLogger<RulePackLoader>.Instance);
        var result = loader.Load(RuleFolder.Read(_rules, "default"));
        if (!result.Succeeded || !result.Version!.FromCache || compiler.CompileCount != 0) throw new InvalidOperationException("The pack was compiled, not loaded from the cache.");
        var count = result.Version.Rules.Count;
        result.Version.Release();
        return count;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("PmoFlow.sln not found above the benchmark.");
    }

    private sealed class Warmer(string cache)
    {
        public void Fill(RulePackSource source)
        {
            var loaded = new RulePackLoader(new RulePackCompiler(), new RulePackCache(cache), TimeProvider.System, NullLogger<RulePackLoader>.Instance).Load(source);
            loaded.Version?.Release();
        }
    }
}
