namespace PmoFlow.Server.Dashboard.Board;

/// <summary>The flywheel board: every step in order and every service in its step.</summary>
/// <param name="AsOf">When it was read, in the PMO's time zone.</param>
/// <param name="Steps">The ten steps with their stage.</param>
/// <param name="Services">Every service, by name.</param>
/// <param name="States">How many services stand in each gate state.</param>
internal sealed record BoardView(DateTimeOffset AsOf, IReadOnlyList<BoardStep> Steps, IReadOnlyList<BoardCard> Services, IReadOnlyList<BoardStateCount> States);
