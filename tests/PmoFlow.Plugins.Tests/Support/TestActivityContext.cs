using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Plugins.Tests.Support;

/// <summary>Just enough of a workflow run to execute one plugin activity.</summary>
internal sealed class TestActivityContext(string instanceId, IReadOnlyDictionary<string, object?>? inputs = null, CancellationToken cancellationToken = default)
    : IActivityExecutionContext, IWorkflowExecution
{
    private readonly IReadOnlyDictionary<string, object?> _inputs = inputs ?? new Dictionary<string, object?>();

    public Dictionary<string, object?> Outputs { get; } = new(StringComparer.Ordinal);

    public string[]? Outcomes { get; private set; }

    public string ActivityId => "a1";

    public string? ActivityName => null;

    public string ActivityType => "Test";

    public IWorkflowExecution Workflow => this;

    public IExpressionContext ExpressionContext => throw new NotSupportedException();

    public JsonObject Properties { get; } = [];

    public IServiceProvider Services => throw new NotSupportedException();

    public CancellationToken CancellationToken => cancellationToken;

    public string InstanceId => instanceId;

    public string DefinitionId => "test";

    public int DefinitionVersion => 1;

    public string? CorrelationId { get; set; }

    public string? Name { get; set; }

    public TextWriter Out => TextWriter.Null;

    public bool HasInput(string inputName) => _inputs.ContainsKey(inputName);

    public ValueTask<T?> GetInputAsync<T>(string inputName, T? defaultValue = default) =>
        ValueTask.FromResult(_inputs.TryGetValue(inputName, out var value) ? (T?)value : defaultValue);

    public JsonNode? GetProperty(string propertyName) => null;

    public void SetOutput(string outputName, object? value) => Outputs[outputName] = value;

    public BookmarkInfo CreateBookmark(BookmarkRequest request) => throw new NotSupportedException();

    public void Complete(params string[] outcomes) => Outcomes = outcomes;

    public void Record(WorkflowEffect effect)
    {
    }
}
