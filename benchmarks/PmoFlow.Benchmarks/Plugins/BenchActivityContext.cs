using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Benchmarks.Plugins;

/// <summary>Just enough of a workflow run to call the fixture plugin's activity.</summary>
internal sealed class BenchActivityContext(string instanceId) : IActivityExecutionContext, IWorkflowExecution
{
    public string[]? Outcomes { get; private set; }

    public string ActivityId => "bench";

    public string? ActivityName => null;

    public string ActivityType => "Fixture.Echo";

    public IWorkflowExecution Workflow => this;

    public IExpressionContext ExpressionContext => throw new NotSupportedException();

    public JsonObject Properties { get; } = [];

    public IServiceProvider Services => throw new NotSupportedException();

    public CancellationToken CancellationToken => CancellationToken.None;

    public string InstanceId => instanceId;

    public string DefinitionId => "bench";

    public int DefinitionVersion => 1;

    public string? CorrelationId { get; set; }

    public string? Name { get; set; }

    public TextWriter Out => TextWriter.Null;

    public bool HasInput(string inputName) => false;

    public ValueTask<T?> GetInputAsync<T>(string inputName, T? defaultValue = default) => ValueTask.FromResult(defaultValue);

    public JsonNode? GetProperty(string propertyName) => null;

    public void SetOutput(string outputName, object? value)
    {
    }

    public BookmarkInfo CreateBookmark(BookmarkRequest request) => throw new NotSupportedException();

    public void Complete(params string[] outcomes) => Outcomes = outcomes;

    public void Record(WorkflowEffect effect)
    {
    }
}
