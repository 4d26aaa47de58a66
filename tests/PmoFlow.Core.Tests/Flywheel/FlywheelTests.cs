using PmoFlow.Core.Flywheel;
using Wheel = PmoFlow.Core.Flywheel.Flywheel;

namespace PmoFlow.Core.Tests.Flywheel;

public sealed class FlywheelTests
{
    [Fact]
    public void Next_AfterValueRecognition_WrapsToAwarenessBuilding() =>
        Assert.Equal(FlywheelStep.AwarenessBuilding, FlywheelStep.ValueRecognition.Next());

    [Fact]
    public void Next_OtherSteps_AdvanceByOne() =>
        Assert.All(Wheel.Steps.Where(s => s != FlywheelStep.ValueRecognition), s => Assert.Equal((int)s + 1, (int)s.Next()));

    [Theory]
    [InlineData(FlywheelStep.AwarenessBuilding, CustomerExperienceStage.Exploration)]
    [InlineData(FlywheelStep.NeedsAssessment, CustomerExperienceStage.Exploration)]
    [InlineData(FlywheelStep.ValueProposition, CustomerExperienceStage.Design)]
    [InlineData(FlywheelStep.ServiceDevelopment, CustomerExperienceStage.Design)]
    [InlineData(FlywheelStep.ServiceOnboarding, CustomerExperienceStage.Deployment)]
    [InlineData(FlywheelStep.ServiceOperation, CustomerExperienceStage.Deployment)]
    [InlineData(FlywheelStep.ServiceMonitoring, CustomerExperienceStage.Enhancement)]
    [InlineData(FlywheelStep.ServiceImprovement, CustomerExperienceStage.Enhancement)]
    [InlineData(FlywheelStep.ValueDelivery, CustomerExperienceStage.Realization)]
    [InlineData(FlywheelStep.ValueRecognition, CustomerExperienceStage.Realization)]
    public void Stage_MapsStepPairsToTheCustomerExperienceCycle(FlywheelStep step, CustomerExperienceStage stage) =>
        Assert.Equal(stage, step.Stage());

    [Fact]
    public void GateFrom_NamesEveryGate() =>
        Assert.Equal(["gate-1-2", "gate-2-3", "gate-3-4", "gate-4-5", "gate-5-6", "gate-6-7", "gate-7-8", "gate-8-9", "gate-9-10", "gate-10-1"],
            Wheel.Steps.Select(s => s.GateFrom()));

    [Fact]
    public void TryParseGate_EveryGateName_RoundTrips() =>
        Assert.All(Wheel.Steps, s => Assert.True(Wheel.TryParseGate(s.GateFrom(), out var from) && from == s));

    [Theory]
    [InlineData("gate-3-5")]
    [InlineData("gate-10-11")]
    [InlineData("gate-0-1")]
    [InlineData("gate-11-1")]
    [InlineData("gate-3-04")]
    [InlineData("GATE-3-4")]
    [InlineData("gate-3")]
    [InlineData("")]
    public void TryParseGate_NotADefaultGate_False(string gate) => Assert.False(Wheel.TryParseGate(gate, out _));
}
