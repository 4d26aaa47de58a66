namespace PmoFlow.Workflows.Instances;

/// <summary>
/// Where text activities write when whoever starts or resumes an instance passes no writer of its own, as when
/// a timer or an event resumes it. The console by default, as in Elsa; a host may register another.
/// </summary>
/// <param name="writer">The writer.</param>
public sealed class WorkflowOutput(TextWriter writer)
{
    /// <summary>The writer.</summary>
    public TextWriter Writer { get; } = writer;
}
