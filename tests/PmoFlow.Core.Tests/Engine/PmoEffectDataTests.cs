using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Engine;

/// <summary>Effect data holding the record's values must read and serialize as the serialized record does.</summary>
public sealed class PmoEffectDataTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

    private static readonly GateEvaluation Evaluation = new("e1", "s1", "gate-5-6", 2, T0, GateOutcome.NeedsEvidence,
        [
            new GateClause("onboarded-share", "at least 70% of target users onboarded", "58%", "≥ 70%", false, Missing: "12 more users onboarded"),
            new GateClause("csat", "onboarding CSAT \"at least\" 4/5", "4.2", "≥ 4", true, ClauseSeverity.Warning, Kind: GateOutcome.NeedsApproval),
        ],
        "{\"onboarded\":70,\"note\":\"<quoted> & \\\"escaped\\\"\"}", "rules/default@sha256:abc", "w1");

    public static TheoryData<object> Records() =>
    [
        new PmoEffects.GateEvaluated(Evaluation),
        new PmoEffects.StepEntered("s1", 1, null, FlywheelStep.AwarenessBuilding, T0, null, null),
        new PmoEffects.StepEntered("s1", 3, FlywheelStep.ValueProposition, FlywheelStep.ServiceDevelopment, T0, "e1", "w1"),
        new PmoEffects.ApprovalRequested(new Approval("a1", "s1", "gate-3-4", "sponsor", ApprovalStatus.Pending, T0, T0.AddDays(5), null, null, null, null, null)),
        new PmoEffects.ApprovalNudged("a1", "s1", true, "pmo-director", T0),
        new PmoEffects.SurveyOpened("s1", ["executives", "project managers"], 10, T0.AddDays(14), T0),
        new PmoEffects.WorkDone(42),
    ];

    [Theory]
    [MemberData(nameof(Records))]
    public void From_ReadsAndWritesAsTheSerializedRecord(object record)
    {
        var serialized = JsonSerializer.SerializeToNode(record, record.GetType(), PmoJson.Options)!.AsObject();

        var data = Data(record);

        Assert.True(JsonNode.DeepEquals(serialized, JsonNode.Parse(data.ToJsonString(PmoJson.Options))), data.ToJsonString(PmoJson.Options));
        Assert.Equal(serialized.Select(p => p.Key), data.Select(p => p.Key));
        Assert.Equal(JsonSerializer.Serialize(record, record.GetType(), PmoJson.Options), JsonSerializer.Serialize(JsonSerializer.Deserialize(data, record.GetType(), PmoJson.Options), record.GetType(), PmoJson.Options));
    }

    [Fact]
    public void TryGet_GivesBackTheRecordedValue_AndNothingForParsedJson()
    {
        var data = PmoEffectData.From(new PmoEffects.GateEvaluated(Evaluation));
        var parsed = JsonSerializer.SerializeToNode(new PmoEffects.GateEvaluated(Evaluation), PmoJson.Options)!.AsObject();

        Assert.True(PmoEffectData.TryGet(data, "evaluation", out GateEvaluation held));
        Assert.Same(Evaluation, held);
        Assert.False(PmoEffectData.TryGet(parsed, "evaluation", out GateEvaluation _));
        Assert.False(PmoEffectData.TryGet(data, "approval", out Approval _));
        Assert.False(PmoEffectData.TryGet(data, "evaluation", out Approval _));
    }

    private static JsonObject Data(object record) =>
        (JsonObject)typeof(PmoEffectData).GetMethod(nameof(PmoEffectData.From))!.MakeGenericMethod(record.GetType()).Invoke(null, [record])!;
}
