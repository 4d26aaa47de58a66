using BenchmarkDotNet.Running;
using PmoFlow.Benchmarks.Engine;

namespace PmoFlow.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --filter '*'
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --filter 'PmoFlow.Benchmarks.Rules*'   (rule packs, Rules/)
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --engine [--services 10000]   (engine throughput harness, EngineThroughput.cs)
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --plugins [--cycles 100]   (plugin lifecycle harness, Plugins/PluginLifecycle.cs)
    private static async Task<int> Main(string[] args)
    {
        if (args.Contains("--engine", StringComparer.Ordinal)) return await EngineThroughput.RunAsync(args);
        if (args.Contains("--plugins", StringComparer.Ordinal)) return await Plugins.PluginLifecycle.RunAsync(args);
        if (args.Contains(Rules.RulePackStartupBenchmarks.FillCacheArgument, StringComparer.Ordinal)) return Rules.RulePackStartupBenchmarks.FillCache();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
