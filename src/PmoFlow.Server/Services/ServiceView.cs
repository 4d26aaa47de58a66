using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Services;

namespace PmoFlow.Server.Services;

/// <summary>A service as the API shows it: where it is in the flywheel and what its gate says.</summary>
/// <remarks>Not sealed: <see cref="ServiceDetailView"/> adds the history so that both read the same at the top level.</remarks>
internal record ServiceView(string Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds,
    FlywheelStep Step, int StepNumber, string StepName, CustomerExperienceStage Stage, int Turn, DateTimeOffset StepEnteredAt, int TargetUsers,
    DateTimeOffset CreatedAt, GateSummary? Gate)
{
    /// <summary>The view of <paramref name="service"/> with the evaluation of the gate it waits at, if there is one yet.</summary>
    public static ServiceView From(PmoService service, GateEvaluation? gate) => new(
        service.Id, service.Name, service.Description, service.Sponsor, service.CustomerIds,
        service.Step, (int)service.Step, service.Step.DisplayName(), service.Stage, service.Turn, service.StepEnteredAt, service.TargetUsers,
        service.CreatedAt, gate is null ? null : new GateSummary(gate.Gate, gate.Outcome, gate.EvaluatedAt, gate.WhatWouldPass));
}
