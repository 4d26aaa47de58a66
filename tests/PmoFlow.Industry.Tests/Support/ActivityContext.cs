using System.Globalization;
using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>
/// One activity execution as the workflow runtime presents it: inputs converted to the type the activity asks for
/// (as Elsa's literal inputs are), outputs, outcomes, bookmarks and the state that survives a suspension.
/// </summary>
internal sealed class ActivityContext(string instanceId, IReadOnlyDictionary<string, object?> inputs) : IActivityExecutionContext, IWorkflowExecution
{
    public Dictionary<string, object?> Outputs { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string>? Outcomes { get; private set; }

    public List<BookmarkInfo> Bookmarks { get; } = [];

    public string ActivityId => "activity-1";

    public string? ActivityName => null;

    public string ActivityType => "Test";

    public IWorkflowExecution Workflow => this;

    public IExpressionContext ExpressionContext => throw new NotSupportedException("The industry activities read their inputs only.");

    public JsonObject Properties { get; init; } = [];

    public IServiceProvider Services => throw new NotSupportedException("Plugin activities get their services from the plugin's container.");

    public CancellationToken CancellationToken => CancellationToken.None;

    public string InstanceId => instanceId;

    public string DefinitionId => "industry-tests";

    public int DefinitionVersion => 1;

    public string? CorrelationId { get; set; }

    public string? Name { get; set; }

    public TextWriter Out => TextWriter.Null;

    public bool HasInput(string inputName) => inputs.ContainsKey(inputName);

    public ValueTask<T?> GetInputAsync<T>(string inputName, T? defaultValue = default)
    {
        if (!inputs.TryGetValue(inputName, out var value) || value is null) return ValueTask.FromResult(defaultValue);
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object converted = value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            string text when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
        return ValueTask.FromResult((T?)converted);
    }

    public JsonNode? GetProperty(string propertyName) => null;

    public void SetOutput(string outputName, object? value) => Outputs[outputName] = value;

    public BookmarkInfo CreateBookmark(BookmarkRequest request)
    {
        var bookmark = new BookmarkInfo($"bookmark-{Bookmarks.Count + 1}", request.Name, request.Key, request.ResumeAt, request.Payload);
        Bookmarks.Add(bookmark);
        return bookmark;
    }

    public void Complete(params string[] outcomes) => Outcomes = outcomes.Length > 0 ? outcomes : ["Done"];

    public void Record(WorkflowEffect effect) =>
        throw new InvalidOperationException($"Plugin activities must not record effects the host has no handler for ({effect.Type}).");
}
