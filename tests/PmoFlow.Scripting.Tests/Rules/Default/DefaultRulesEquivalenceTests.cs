using System.Text.Json.Nodes;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Default;

/// <summary>
/// The guard on the default pack: on the same varied contexts, each .csx rule decides exactly as the built-in C#
/// rule it replaces (same clauses with the same texts, outcome, waiver and input snapshot).
/// </summary>
public sealed class DefaultRulesEquivalenceTests(DefaultPackFixture pack) : IClassFixture<DefaultPackFixture>
{
    public static TheoryData<string> Gates() =>
        ["gate-1-2", "gate-2-3", "gate-3-4", "gate-4-5", "gate-5-6", "gate-6-7", "gate-7-8", "gate-8-9", "gate-9-10", "gate-10-1"];

    [Theory]
    [MemberData(nameof(Gates))]
    public void DefaultPack_OnVariedContexts_DecidesAsTheBuiltInRules(string gate)
    {
        Assert.True(pack.Engine.Evaluator.Handles(gate));
        var outcomes = new HashSet<GateOutcome>();
        var seed = gate.GetHashCode(StringComparison.Ordinal) & 0xFFFF;
        foreach (var context in RandomContexts.For(gate, 400, seed))
        {
            var expected = BuiltInRules.Evaluator.Evaluate(context);
            var actual = pack.Engine.Evaluator.Evaluate(context);
            if (actual.WaiverId is null) outcomes.Add(actual.Outcome);

            Assert.Equal(expected.Outcome, actual.Outcome);
            Assert.Equal(expected.WaiverId, actual.WaiverId);
            Assert.Equal(expected.Clauses, actual.Clauses);
            Assert.Equal(StripPack(actual.InputSnapshot), JsonNode.Parse(expected.InputSnapshot)!.ToJsonString());
            Assert.StartsWith("rules/default@sha256:", actual.Evaluator, StringComparison.Ordinal);
        }
        // The contexts reach passing and failing decisions without a waiver, or the comparison proves little.
        Assert.True(outcomes.Contains(GateOutcome.Ready) && outcomes.Count >= 2, $"{gate}: only {string.Join(", ", outcomes)}");
    }

    private static string StripPack(string snapshot)
    {
        var node = JsonNode.Parse(snapshot)!.AsObject();
        foreach (var key in node.Select(p => p.Key).Where(k => k.StartsWith('$')).ToList()) node.Remove(key);
        return node.ToJsonString();
    }
}
