using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Tests.Support;

/// <summary>The workflow runtime as the host composes it, with a clock tests control and captured output.</summary>
internal sealed class WorkflowTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public WorkflowTestHost(ManualTimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        Clock = clock ?? new ManualTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Clock).AddSingleton(new WorkflowOutput(Output)).AddPmoFlowWorkflows();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; }

    public StringWriter Output { get; } = new();

    public IWorkflowHost Host => _services.GetRequiredService<IWorkflowHost>();

    public IWorkflowRuntime Runtime => _services.GetRequiredService<IWorkflowRuntime>();

    public IWorkflowDefinitionService Definitions => _services.GetRequiredService<IWorkflowDefinitionService>();

    public IWorkflowDefinitionStore Store => _services.GetRequiredService<IWorkflowDefinitionStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public WorkflowDefinition Import(JsonObject json)
    {
        var result = Definitions.Save(json.ToJsonString(), SaveOptions.Import);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Messages));
        return result.Definition!;
    }

    public Task<WorkflowInstanceState> StartAsync(JsonObject json, FlowchartMode mode = FlowchartMode.Token, IReadOnlyDictionary<string, object?>? input = null) =>
        Host.StartAsync(Import(json), new StartWorkflowOptions { FlowchartMode = mode, Output = Output, Input = input });

    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = Output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
            return lines;
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        Output.Dispose();
    }
}
