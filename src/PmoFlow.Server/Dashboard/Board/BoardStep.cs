using PmoFlow.Core.Flywheel;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>A column of the board.</summary>
internal sealed record BoardStep(FlywheelStep Step, int Number, string Name, CustomerExperienceStage Stage);
