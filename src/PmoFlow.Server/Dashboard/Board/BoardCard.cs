using PmoFlow.Core.Flywheel;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>A service as the board shows it.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Name">Its name.</param>
/// <param name="Step">The step it is in.</param>
/// <param name="StepNumber">1 to 10.</param>
/// <param name="Stage">Its customer-experience stage.</param>
/// <param name="Turn">Its flywheel turn.</param>
/// <param name="DaysInStep">Whole days since it entered the step, by the PMO's clock.</param>
/// <param name="Gate">The gate it waits at (<c>gate-5-6</c>).</param>
/// <param name="GateState">Where that gate stands.</param>
/// <param name="WhatWouldPass">What would make the gate pass, in order.</param>
/// <param name="PendingApprovals">Decisions it waits for.</param>
/// <param name="Href">Its service page.</param>
internal sealed record BoardCard(string ServiceId, string Name, FlywheelStep Step, int StepNumber, CustomerExperienceStage Stage, int Turn, int DaysInStep,
    string Gate, GateState GateState, IReadOnlyList<string> WhatWouldPass, int PendingApprovals, string Href)
{
    public string GateStateLabel => GateState.Label();
}
