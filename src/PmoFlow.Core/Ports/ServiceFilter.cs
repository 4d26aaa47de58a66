using PmoFlow.Core.Flywheel;

namespace PmoFlow.Core.Ports;

/// <summary>Which services to list.</summary>
/// <param name="Step">Only services in this step.</param>
/// <param name="Stage">Only services in this customer-experience stage.</param>
/// <param name="Text">Only services whose name or description contains this text (case-insensitive).</param>
public sealed record ServiceFilter(FlywheelStep? Step = null, CustomerExperienceStage? Stage = null, string? Text = null)
{
    /// <summary>Every service.</summary>
    public static ServiceFilter All { get; } = new();
}
