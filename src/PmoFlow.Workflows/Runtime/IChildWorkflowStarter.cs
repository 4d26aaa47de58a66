using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime;

/// <summary>Starts child instances for <c>Elsa.ExecuteWorkflow</c>; implemented by the host that keeps instances.</summary>
public interface IChildWorkflowStarter
{
    /// <summary>Starts the child and runs it until it finishes or suspends.</summary>
    Task<ChildWorkflowResult> StartAsync(ChildWorkflowRequest request, CancellationToken cancellationToken);
}

/// <summary>What the parent asks for.</summary>
/// <param name="DefinitionId">The child's definition id (its published version runs).</param>
/// <param name="Input">The child's input.</param>
/// <param name="CorrelationId">The child's correlation id.</param>
/// <param name="ParentInstanceId">The parent instance.</param>
/// <param name="WaitForCompletion">Whether the parent waits; if so the host resumes it when the child finishes.</param>
/// <param name="Output">Where the child writes text.</param>
public sealed record ChildWorkflowRequest(string DefinitionId, IReadOnlyDictionary<string, object?>? Input, string? CorrelationId, string ParentInstanceId, bool WaitForCompletion, TextWriter Output);

/// <summary>Where the child stands after its first run.</summary>
/// <param name="InstanceId">The child instance id.</param>
/// <param name="Status">Its status.</param>
/// <param name="Output">Its workflow output, when finished.</param>
/// <param name="Fault">Why it faulted, if it did.</param>
public sealed record ChildWorkflowResult(string InstanceId, WorkflowStatus Status, IReadOnlyDictionary<string, object?> Output, FaultInfo? Fault);
