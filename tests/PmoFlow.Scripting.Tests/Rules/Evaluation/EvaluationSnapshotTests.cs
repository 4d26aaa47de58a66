using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Evaluation;

/// <summary>
/// The snapshot's <c>$context</c> writes the settings documents it saw last from their kept JSON while they are the
/// same instances; any other instance is written afresh, so the record always shows the settings the rules read.
/// </summary>
public sealed class EvaluationSnapshotTests : IDisposable
{
    private readonly TempFolder _cache = new();

    [Fact]
    public void Snapshot_ShowsTheSettingsOfEachEvaluation_WhetherSharedOrChanged()
    {
        using var engine = new RuleEngine(new RuleOptions { CacheFolder = _cache.Path }, new PackProvider("probe", Rule.Single("""
            Read("sponsorCanApprove", Charter.DecisionRights.Any(r => r.Role == "sponsor" && r.CanApprove));
            Require("probe", "the probe ran", "ok", "ok", true, "");
            """)));
        var first = SampleContexts.Onboarding();
        var shared = first with { Service = first.Service with { Id = "svc-2" } };
        var changed = first with
        {
            Charter = first.Charter with { DecisionRights = [new DecisionRight("sponsor", ["*"], false, true)], Objectives = ["grow"] },
            Thresholds = first.Thresholds with { NpsTarget = 35m },
        };

        var snapshots = new[] { first, shared, changed, first }.Select(c => JsonNode.Parse(engine.Evaluator.Evaluate(c).InputSnapshot)!).ToList();

        for (var i = 0; i < snapshots.Count; i++)
        {
            var context = new[] { first, shared, changed, first }[i];
            var written = snapshots[i]["$context"]!;
            Assert.True(JsonNode.DeepEquals(Plain(context.Charter), written["charter"]), written["charter"]!.ToJsonString());
            Assert.True(JsonNode.DeepEquals(Plain(context.Baseline), written["baseline"]));
            Assert.True(JsonNode.DeepEquals(Plain(context.Thresholds), written["thresholds"]));
        }
        Assert.Equal(35m, snapshots[2]["$context"]!["thresholds"]!["npsTarget"]!.GetValue<decimal>());
        Assert.Equal(20m, snapshots[3]["$context"]!["thresholds"]!["npsTarget"]!.GetValue<decimal>());
        Assert.Equal([true, true, false, true], snapshots.Select(s => s["sponsorCanApprove"]!.GetValue<bool>()));
    }

    public void Dispose() => _cache.Dispose();

    private static JsonNode Plain<T>(T value) =>
        JsonSerializer.SerializeToNode(value, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!;
}
