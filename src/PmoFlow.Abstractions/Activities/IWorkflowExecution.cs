namespace PmoFlow.Abstractions.Activities;

/// <summary>The workflow instance an activity runs in.</summary>
public interface IWorkflowExecution
{
    /// <summary>The instance id.</summary>
    string InstanceId { get; }

    /// <summary>The definition id the instance runs.</summary>
    string DefinitionId { get; }

    /// <summary>The definition version the instance runs (instances keep the version they started on).</summary>
    int DefinitionVersion { get; }

    /// <summary>The correlation id, if any; activities may set it.</summary>
    string? CorrelationId { get; set; }

    /// <summary>The instance's display name, if any; activities may set it.</summary>
    string? Name { get; set; }

    /// <summary>Where text activities write.</summary>
    TextWriter Out { get; }

    /// <summary>Records an effect, committed with the instance state (see <see cref="WorkflowEffect"/>).</summary>
    void Record(WorkflowEffect effect);
}
