namespace PmoFlow.Hosting.Engine;

/// <summary>Work the engine runs once at start, after the flywheel is installed and before its loop (the demo seed).</summary>
public interface IStartupTask
{
    /// <summary>Runs the task.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
