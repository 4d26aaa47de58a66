namespace PmoFlow.Workflows.Activities.Primitives;

/// <summary>Raised by <c>Elsa.Fault</c>: a fault the workflow author asked for.</summary>
public sealed class WorkflowFaultException(string? code, string message) : Exception(message)
{
    /// <summary>The author's fault code, if any.</summary>
    public string? Code { get; } = code;
}
