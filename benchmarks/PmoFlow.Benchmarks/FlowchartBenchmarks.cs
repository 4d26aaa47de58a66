using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Benchmarks;

// Compares one workflow instance of Start → 100 Elsa.WriteLine, run to completion through IWorkflowRuntime
// (token and counter flowchart engines), with a hand-written loop making the same 100 WriteLine calls.
// Op/s is instances per second.
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
[OperationsPerSecond]
public class FlowchartBenchmarks
{
    private const int WriteLines = 100;
    private const string Text = "Hello from PmoFlow";

    private ServiceProvider _services = null!;
    private IWorkflowRuntime _runtime = null!;
    private WorkflowDefinition _definition = null!;
    private StartWorkflowOptions _token = null!;
    private StartWorkflowOptions _counter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create();
        _runtime = _services.GetRequiredService<IWorkflowRuntime>();
        _definition = WorkflowDefinitionReader.Parse(ChainWorkflowJson.Create(WriteLines, Text), "chain.json");
        _token = new StartWorkflowOptions { FlowchartMode = FlowchartMode.Token, Output = TextWriter.Null };
        _counter = new StartWorkflowOptions { FlowchartMode = FlowchartMode.Counter, Output = TextWriter.Null };
        Verify(FlowchartMode.Token);
        Verify(FlowchartMode.Counter);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public void HandWrittenLoop()
    {
        var output = TextWriter.Null;
        for (var i = 0; i < WriteLines; i++)
        {
            output.WriteLine(Text);
        }
    }

    [Benchmark]
    public Task<WorkflowInstanceState> TokenFlowchart() => _runtime.StartAsync(_definition, _token);

    [Benchmark]
    public Task<WorkflowInstanceState> CounterFlowchart() => _runtime.StartAsync(_definition, _counter);

    // A benchmark of a workflow that stops early would look very fast: check it really writes every line.
    private void Verify(FlowchartMode mode)
    {
        using var output = new StringWriter();
        var state = _runtime.StartAsync(_definition, new StartWorkflowOptions { FlowchartMode = mode, Output = output }).GetAwaiter().GetResult();
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length;
        if (state.Status != WorkflowStatus.Finished || lines != WriteLines)
        {
            throw new InvalidOperationException($"{mode} engine: status {state.Status}, {lines} lines written; expected Finished and {WriteLines}.");
        }
    }
}
