using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Benchmarks.Engine;

/// <summary>
/// Engine throughput against the store's raw rate, side by side in one run (DESIGN.md §6: "a harness that prints
/// ratios against a baseline run side by side"). N services wait at gate 2-3 with three survey responses each; the
/// measured operation is <see cref="IPmoEngine.ProcessPendingAsync"/> until no work is left, which moves every
/// service Needs Assessment → Value Proposition (one transition each) and stops at the sponsor's approval. The
/// baseline (<see cref="RawStepLoop"/>) writes the same rows with prepared commands, one transaction per service.
/// Every run starts from a copy of one template database; runs alternate baseline, engine, three rounds each, after
/// a warm-up of both on a smaller template. Then, unless --no-profile, <see cref="EngineProfiler"/> times the phases
/// of a copy of the engine's pass.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --engine [--services 10000] [--rounds 3]
/// [--sync NORMAL,FULL] [--profile-services 2000] [--no-profile]</c>
/// </remarks>
internal static class EngineThroughput
{
    private sealed record Options(int Services, int Rounds, string[] Modes, int ProfileServices, bool Profile, string? Folder);

    private sealed record Round(int Number, double RawSeconds, double EngineSeconds, long EngineBytes, int Count)
    {
        public double RawRate => Count / RawSeconds;
        public double EngineRate => Count / EngineSeconds;
        public double RawMicros => RawSeconds * 1e6 / Count;
        public double EngineMicros => EngineSeconds * 1e6 / Count;
        public double Ratio => RawSeconds / EngineSeconds;
        public double Overhead => EngineMicros - RawMicros;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var o = Parse(args);
        var folder = o.Folder ?? Path.Combine(Path.GetTempPath(), $"pmoflow-engine-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var total = Stopwatch.StartNew();
        try
        {
            Console.WriteLine($"PmoFlow engine throughput: {o.Services:N0} services, {o.Rounds} rounds, synchronous {string.Join(" and ", o.Modes)}; " +
                $".NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}; databases in {folder}");
            var template = Path.Combine(folder, "template.db");
            var warmTemplate = Path.Combine(folder, "warm-template.db");
            var run = Path.Combine(folder, "run.db");
            var warmCount = Math.Min(500, o.Services);
            Console.WriteLine($"setup (not measured): warm-up template of {warmCount:N0} services {await EngineDatabase.CreateTemplateAsync(warmTemplate, warmCount):F1} s, " +
                $"template of {o.Services:N0} services {await EngineDatabase.CreateTemplateAsync(template, o.Services):F1} s " +
                $"({new FileInfo(template).Length / 1048576.0:F1} MB)");

            // The engine's rows for one service, for the baseline to copy.
            EngineDatabase.Copy(warmTemplate, run);
            await RunEngineAsync(run, "NORMAL", warmCount);
            var rows = RowTemplates.Capture(run, warmTemplate, EngineDatabase.ServiceId(0));
            Console.WriteLine($"row shapes from a real pass: instance state {rows.StateBefore:N0} → {rows.Instance.State.Length:N0} chars, gate evaluation clauses " +
                $"{rows.Evaluation.Clauses.Length:N0} + snapshot {rows.Evaluation.InputSnapshot.Length:N0}, audit details {rows.EvaluationAudit.Details.Length:N0} / " +
                $"{rows.TransitionAudit.Details.Length:N0} / {rows.ApprovalAudit.Details.Length:N0}, {rows.Bookmarks.Count} bookmark(s), " +
                $"{EngineDatabase.ResponsesPerService} work items deleted");

            var results = new Dictionary<string, List<Round>>(StringComparer.Ordinal);
            foreach (var mode in o.Modes)
            {
                // Warm-up: both sides once, on the small template.
                EngineDatabase.Copy(warmTemplate, run);
                RunRaw(run, mode, rows, warmCount);
                EngineDatabase.Copy(warmTemplate, run);
                await RunEngineAsync(run, mode, warmCount);

                var rounds = new List<Round>();
                for (var r = 1; r <= o.Rounds; r++)
                {
                    EngineDatabase.Copy(template, run);
                    var raw = RunRaw(run, mode, rows, o.Services);
                    EngineDatabase.Copy(template, run);
                    var (engine, bytes) = await RunEngineAsync(run, mode, o.Services);
                    var round = new Round(r, raw.TotalSeconds, engine.TotalSeconds, bytes, o.Services);
                    rounds.Add(round);
                    Console.WriteLine(Invariant($"  {mode} round {r}: raw {round.RawRate:N0}/s, engine {round.EngineRate:N0}/s, ratio {round.Ratio:F3}"));
                }
                results[mode] = rounds;
            }
            Print(o, results);
            Console.WriteLine($"measured part took {total.Elapsed.TotalSeconds:F0} s");

            if (o.Profile)
            {
                foreach (var mode in o.Modes)
                    await EngineProfiler.RunAsync(folder, Math.Min(o.ProfileServices, o.Services), mode);
            }
            Console.WriteLine($"total {total.Elapsed.TotalSeconds:F0} s");
            return 0;
        }
        finally
        {
            foreach (var file in new[] { "template.db", "warm-template.db", "run.db", "profile-template.db", "profile-run.db" })
                EngineDatabase.Delete(Path.Combine(folder, file));
            if (o.Folder is null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    private static TimeSpan RunRaw(string path, string mode, RowTemplates rows, int expected)
    {
        Collect();
        var (services, elapsed) = RawStepLoop.Run(path, mode, rows);
        if (services != expected) throw new InvalidOperationException($"Baseline wrote {services} services; expected {expected}.");
        EngineDatabase.VerifyAdvanced(path, expected, "baseline");
        return elapsed;
    }

    /// <summary>A fresh container on the copy (not measured), then ProcessPendingAsync until no work is left (measured).</summary>
    private static async Task<(TimeSpan Elapsed, long Bytes)> RunEngineAsync(string path, string mode, int expected)
    {
        TimeSpan elapsed;
        long bytes;
        await using (var provider = EngineDatabase.Compose(path, mode))
        {
            await provider.StartPmoFlowAsync();
            var engine = provider.GetRequiredService<IPmoEngine>();
            Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            var processed = 0;
            int batch;
            while ((batch = await engine.ProcessPendingAsync()) > 0) processed += batch;
            elapsed = Stopwatch.GetElapsedTime(started);
            bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            if (processed != expected) throw new InvalidOperationException($"The engine processed {processed} services; expected {expected}.");
        }
        EngineDatabase.VerifyAdvanced(path, expected, "engine");
        return (elapsed, bytes);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static void Print(Options o, Dictionary<string, List<Round>> results)
    {
        Console.WriteLine();
        Console.WriteLine($"Advancing {o.Services:N0} services one step (NeedsAssessment → ValueProposition), SQLite WAL, one transaction per service:");
        Console.WriteLine();
        Console.WriteLine("| synchronous | round | raw loop (tx/s) | raw µs/tx | engine (transitions/s) | engine µs/transition | ratio engine/raw | engine overhead µs/transition | engine allocated/transition |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (mode, rounds) in results)
        {
            foreach (var r in rounds)
            {
                Console.WriteLine(Invariant(
                    $"| {mode} | {r.Number} | {r.RawRate:N0} | {r.RawMicros:F1} | {r.EngineRate:N0} | {r.EngineMicros:F1} | {r.Ratio:F3} | {r.Overhead:F1} | {r.EngineBytes / 1024.0 / r.Count:F1} KB |"));
            }
            var raw = Median(rounds.Select(r => r.RawSeconds));
            var engine = Median(rounds.Select(r => r.EngineSeconds));
            var n = o.Services;
            Console.WriteLine(Invariant(
                $"| **{mode}** | **median** | **{n / raw:N0}** | **{raw * 1e6 / n:F1}** | **{n / engine:N0}** | **{engine * 1e6 / n:F1}** | **{raw / engine:F3}** | **{(engine - raw) * 1e6 / n:F1}** | |"));
        }
        Console.WriteLine();
        Console.WriteLine("Ratio = engine rate / raw rate (goal ≥ 0.5). Overhead = engine µs per transition − raw µs per transaction.");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static Options Parse(string[] args)
    {
        var services = 10_000;
        var rounds = 3;
        string[] modes = ["NORMAL", "FULL"];
        var profileServices = 2_000;
        var profile = true;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--engine": break;
                case "--services": services = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sync": modes = args[++i].ToUpperInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--profile-services": profileServices = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-profile": profile = false; break;
                case "--folder": folder = args[++i]; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'. Usage: --engine [--services N] [--rounds N] [--sync NORMAL,FULL] [--profile-services N] [--no-profile] [--folder DIR]");
            }
        }
        if (services < 1 || rounds < 1 || modes.Any(m => m is not ("NORMAL" or "FULL")))
            throw new ArgumentException("--services and --rounds must be positive; --sync takes NORMAL, FULL or both.");
        return new Options(services, rounds, modes, profileServices, profile, folder);
    }
}
