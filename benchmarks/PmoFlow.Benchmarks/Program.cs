using BenchmarkDotNet.Running;
using PmoFlow.Benchmarks.Engine;

namespace PmoFlow.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --filter '*'
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --engine [--services 10000]   (engine throughput harness, EngineThroughput.cs)
    private static async Task<int> Main(string[] args)
    {
        if (args.Contains("--engine", StringComparer.Ordinal)) return await EngineThroughput.RunAsync(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
