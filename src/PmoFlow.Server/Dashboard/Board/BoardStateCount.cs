using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>A line of the board's legend.</summary>
internal sealed record BoardStateCount(GateState State, string Label, int Count);
