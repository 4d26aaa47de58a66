using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Benchmarks.Rules;

// Start-up with a warm disk cache: loading the default pack when its compiled image is already on disk (read the
// sources, hash them, read the image, load it into a new collectible context, bind the delegates). No Roslyn.
// Cold is the first load in a fresh process (nothing of the load path run before in it); Warm is a reload of the
// same version in a running one.
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8, id: "Warm", baseline: true)]
[MemoryDiagnoser]
public class RulePackStartupBenchmarks
{
    private string _rules = null!;

    // One folder per build of the rule engine, so a stale image never makes Load compile.
    private static string CacheFolder => Path.Combine(Path.GetTempPath(), "pmoflow-rule-startup-benchmark",
        typeof(RulePackCompiler).Module.ModuleVersionId.ToString("N") + typeof(PmoFlow.Abstractions.Rules.RuleGlobals).Module.ModuleVersionId.ToString("N"));

    private static string Rules => Path.Combine(RepoRoot(), "workflows", "rules");

    /// <summary>The argument that makes Program fill the cache and exit.</summary>
    public const string FillCacheArgument = "--fill-rule-cache";

    /// <summary>Fills the disk cache (in a process of its own, see <see cref="Setup"/>); returns the exit code.</summary>
    public static int FillCache()
    {
        var loaded = new RulePackLoader(new RulePackCompiler(), new RulePackCache(CacheFolder), TimeProvider.System, NullLogger<RulePackLoader>.Instance)
            .Load(RuleFolder.Read(Rules, "default"));
        loaded.Version?.Release();
        return loaded.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// Fills the cache in a child process running this benchmark build, outside the measurement: filling it in the
    /// benchmark process would run the very load path the cold job measures (a first run that did measured 1.7 ms
    /// "cold" against 53 ms for launches that found the cache filled). The child runs these same assemblies, so the
    /// image it caches has the key the benchmark looks for.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _rules = Rules;
        if (Directory.Exists(Path.Combine(CacheFolder, "compiled"))) return;
        var entry = Assembly.GetEntryAssembly()!.Location;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var arg in new[] { "exec", "--runtimeconfig", Path.ChangeExtension(entry, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(entry, ".deps.json"),
            typeof(RulePackStartupBenchmarks).Assembly.Location, FillCacheArgument })
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the process that fills the rule cache.");
        child.WaitForExit();
        if (child.ExitCode != 0 || !Directory.Exists(Path.Combine(CacheFolder, "compiled")))
            throw new InvalidOperationException($"Filling the rule cache in {CacheFolder} failed (exit code {child.ExitCode}).");
    }

    [Benchmark]
    public int LoadFromDiskCache()
    {
        var compiler = new RulePackCompiler();
        var loader = new RulePackLoader(compiler, new RulePackCache(CacheFolder), TimeProvider.System, NullLogger<RulePackLoader>.Instance);
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
}
