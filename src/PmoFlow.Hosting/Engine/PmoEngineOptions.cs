namespace PmoFlow.Hosting.Engine;

/// <summary>How the flywheel engine runs.</summary>
public sealed class PmoEngineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Engine";

    /// <summary>The definition every service runs (imported from the bundled value-flywheel.json when absent).</summary>
    public string FlywheelDefinitionId { get; set; } = "value-flywheel";

    /// <summary>A definition file to import instead of the bundled flywheel, if set.</summary>
    public string? FlywheelFile { get; set; }

    /// <summary>How often the background loop looks for queued work and due timers when nothing signals it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many queued re-evaluations one pass takes.</summary>
    public int BatchSize { get; set; } = 200;
}
