using BenchmarkDotNet.Running;

namespace PmoFlow.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project benchmarks/PmoFlow.Benchmarks -- --filter '*'
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
