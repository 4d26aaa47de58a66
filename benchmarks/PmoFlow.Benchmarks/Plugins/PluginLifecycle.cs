using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Benchmarks.Plugins;

/// <summary>
/// Plugin load, unload and reload times, and whether memory and the loaded-assembly count stay flat over many
/// cycles (a leaked load context shows up as both growing). One cycle: load the fixture plugin (tests/PluginFixtures
/// Good: two activities, a profile, a rule pack, its own container), run its activity once so its code is jitted
/// and executed, and unload it, which includes waiting until its load context is collected. Then the same number of
/// reloads, alternating two builds of the plugin, with the old version collected each time. Memory is
/// <see cref="GC.GetTotalMemory(bool)"/> after a full collection.
/// </summary>
/// <remarks><c>dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --plugins [--cycles 100]</c></remarks>
internal static class PluginLifecycle
{
    private const string PluginId = "fixture-good";

    private sealed record Checkpoint(string Phase, int Cycle, long Bytes, int Assemblies, int Contexts);

    public static async Task<int> RunAsync(string[] args)
    {
        var cycles = IntArg(args, "--cycles", 100);
        var root = Path.Combine(Path.GetTempPath(), $"pmoflow-plugin-bench-{Environment.ProcessId}");
        var v1 = Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", "Fixture.Good");
        var v2 = Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", "Fixture.Good.V2");
        var folder = Path.Combine(root, "good");
        Copy(v1, folder);
        var options = Options.Create(new PluginOptions { Path = root, UnloadTimeout = TimeSpan.FromSeconds(30) });
        var catalog = new PluginCatalog(options, TimeProvider.System, NullLoggerFactory.Instance);
        try
        {
            Console.WriteLine($"PmoFlow plugin lifecycle: {cycles} load/unload cycles, then {cycles} reloads; .NET {Environment.Version}, " +
                $"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}; plugin folder {folder}");
            for (var i = 0; i < 5; i++) await CycleAsync(catalog); // warm-up: jit the host's side
            var checkpoints = new List<Checkpoint> { Measure("start", 0) };
            var loads = new List<double>();
            var calls = new List<double>();
            var unloads = new List<double>();
            for (var cycle = 1; cycle <= cycles; cycle++)
            {
                var (load, call, unload) = await CycleAsync(catalog);
                loads.Add(load);
                calls.Add(call);
                unloads.Add(unload);
                if (IsCheckpoint(cycle, cycles)) checkpoints.Add(Measure("load/unload", cycle));
            }

            await catalog.LoadAsync(PluginId);
            var reloads = new List<double>();
            for (var cycle = 1; cycle <= cycles; cycle++)
            {
                Copy(cycle % 2 == 1 ? v2 : v1, folder);
                var started = Stopwatch.GetTimestamp();
                var info = await catalog.ReloadAsync(PluginId);
                reloads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Check(info, PluginState.Active);
                if (info.Versions.Any(v => v.State is PluginVersionState.Stuck or PluginVersionState.Draining))
                    throw new InvalidOperationException($"reload {cycle} left a version behind: {string.Join("; ", info.Versions.Select(v => $"{v.Version} {v.State} {v.Error}"))}");
                if (IsCheckpoint(cycle, cycles)) checkpoints.Add(Measure("reload", cycle));
            }
            await catalog.UnloadAsync(PluginId);
            checkpoints.Add(Measure("end (unloaded)", cycles));

            Console.WriteLine();
            Console.WriteLine("| Operation (ms) | median | p90 | min | max |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Row("load (read, resolve, container, contributions)", loads);
            Row("first activity call after load", calls);
            Row("unload (drain, dispose, unload, collected)", unloads);
            Row("reload (load new, swap, old collected)", reloads);
            Console.WriteLine();
            Console.WriteLine("| After | cycle | GC total memory (KB) | assemblies loaded | load contexts |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var c in checkpoints)
                Console.WriteLine(Invariant($"| {c.Phase} | {c.Cycle} | {c.Bytes / 1024.0:N0} | {c.Assemblies} | {c.Contexts} |"));
            return 0;
        }
        finally
        {
            await catalog.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(double Load, double Call, double Unload)> CycleAsync(PluginCatalog catalog)
    {
        var started = Stopwatch.GetTimestamp();
        Check(await catalog.LoadAsync(PluginId), PluginState.Active);
        var loaded = Stopwatch.GetTimestamp();
        await CallAsync(catalog);
        var called = Stopwatch.GetTimestamp();
        Check(await catalog.UnloadAsync(PluginId), PluginState.Unloaded);
        var unloaded = Stopwatch.GetTimestamp();
        return (Ms(started, loaded), Ms(loaded, called), Ms(called, unloaded));
    }

    private static async Task CallAsync(PluginCatalog catalog)
    {
        using var lease = catalog.Acquire(PluginId);
        var context = new BenchActivityContext("bench");
        await lease.GetActivity("Fixture.Echo").ExecuteAsync(context);
        if (context.Outcomes is null) throw new InvalidOperationException("the activity did not complete");
    }

    private static void Check(PluginInfo info, PluginState expected)
    {
        if (info.State != expected) throw new InvalidOperationException($"{info.Id} is {info.State}, expected {expected}: {info.Error}");
    }

    private static Checkpoint Measure(string phase, int cycle)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new Checkpoint(phase, cycle, GC.GetTotalMemory(forceFullCollection: true), AppDomain.CurrentDomain.GetAssemblies().Length, AssemblyLoadContext.All.Count());
    }

    private static bool IsCheckpoint(int cycle, int cycles) => cycle is 1 or 10 || cycle == cycles / 2 || cycle == cycles;

    private static void Row(string name, List<double> values)
    {
        var sorted = values.Order().ToArray();
        Console.WriteLine(Invariant($"| {name} | {sorted[sorted.Length / 2]:F1} | {sorted[(int)(sorted.Length * 0.9)]:F1} | {sorted[0]:F1} | {sorted[^1]:F1} |"));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
