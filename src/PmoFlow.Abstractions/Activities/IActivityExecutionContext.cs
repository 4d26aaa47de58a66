using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Abstractions.Activities;

/// <summary>One execution of one activity node, as the activity sees it.</summary>
public interface IActivityExecutionContext
{
    /// <summary>The node's <c>id</c> in the workflow JSON.</summary>
    string ActivityId { get; }

    /// <summary>The node's <c>name</c> in the workflow JSON, if it has one.</summary>
    string? ActivityName { get; }

    /// <summary>The node's activity type, such as <c>Elsa.WriteLine</c>.</summary>
    string ActivityType { get; }

    /// <summary>The workflow instance this execution belongs to.</summary>
    IWorkflowExecution Workflow { get; }

    /// <summary>What expressions evaluated for this node can see.</summary>
    IExpressionContext ExpressionContext { get; }

    /// <summary>State that survives suspension and is serialized with the instance. Values must be JSON.</summary>
    JsonObject Properties { get; }

    /// <summary>Whether the node's JSON sets the named input (a freshly dropped activity has no input keys).</summary>
    bool HasInput(string inputName);

    /// <summary>Evaluates the named input and converts it to <typeparamref name="T"/>; the default when it is not set.</summary>
    ValueTask<T?> GetInputAsync<T>(string inputName, T? defaultValue = default);

    /// <summary>The raw JSON of a node property, for inputs an activity interprets itself.</summary>
    JsonNode? GetProperty(string propertyName);

    /// <summary>
    /// Sets an output. It is recorded for later expressions (<c>getResultFromActivity1()</c>) and written to the
    /// variable or workflow output the node's <c>memoryReference</c> for that output points at.
    /// </summary>
    void SetOutput(string outputName, object? value);

    /// <summary>Creates a bookmark: the activity stays suspended until something resumes it.</summary>
    BookmarkInfo CreateBookmark(BookmarkRequest request);

    /// <summary>Completes the activity with the given outcomes (<c>Done</c> when none are given).</summary>
    void Complete(params string[] outcomes);

    /// <summary>Services available to activities, such as <see cref="TimeProvider"/>.</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the host stops the run.</summary>
    CancellationToken CancellationToken { get; }
}
