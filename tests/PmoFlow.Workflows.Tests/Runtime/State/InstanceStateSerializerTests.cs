using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Tests.Runtime.State;

/// <summary>The instance state's JSON: log entries and value slots are read and written by hand, in the serializer's own shape.</summary>
public sealed class InstanceStateSerializerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 30, 0, 125, TimeSpan.FromHours(1));

    private static WorkflowInstanceState State() => new()
    {
        InstanceId = "i1",
        DefinitionId = "d",
        DefinitionVersionId = "d-v1",
        DefinitionVersion = 1,
        CreatedAt = T0,
        UpdatedAt = T0,
        Log =
        [
            new ExecutionLogEntry("start", "Elsa.Start", "Started", T0),
            new ExecutionLogEntry("gate \"1\" ≥ <2>", "PmoFlow.Gate", "Completed", T0.AddSeconds(1), ["Pass", "Other"]),
            new ExecutionLogEntry("end", "Elsa.End", "Completed", T0.AddSeconds(2), []),
        ],
        Root = new ScopeState
        {
            Input = { ["Text"] = "x", ["Int"] = 7, ["Long"] = 5_000_000_000L, ["Double"] = 2.5, ["Flag"] = true, ["None"] = null },
            Output = { ["List"] = new List<object?> { 1, "two", null }, ["Map"] = new Dictionary<string, object?> { ["a"] = 1L << 40, ["b"] = false } },
        },
    };

    /// <summary>The serializer's own options, without the hand-written log converter, as the reference for the shape.</summary>
    private static JsonSerializerOptions Reference()
    {
        var options = new JsonSerializerOptions(InstanceStateSerializer.Options);
        for (var i = options.Converters.Count - 1; i >= 0; i--)
            if (options.Converters[i] is System.Text.Json.Serialization.JsonConverter<ExecutionLogEntry>) options.Converters.RemoveAt(i);
        return options;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_WritesTheLogAsTheSerializerWould(bool indented)
    {
        var state = State();
        var reference = new JsonSerializerOptions(Reference()) { WriteIndented = indented };

        Assert.Equal(JsonSerializer.Serialize(state, reference), InstanceStateSerializer.Serialize(state, indented));
        Assert.DoesNotContain("\"outcomes\":null", InstanceStateSerializer.Serialize(state), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ReadsTheLogAndValuesBack_AsTheyWere()
    {
        var json = InstanceStateSerializer.Serialize(State());

        var read = InstanceStateSerializer.Deserialize(json);

        Assert.Equal(State().Log.Select(Describe), read.Log.Select(Describe));
        Assert.Null(read.Log[0].Outcomes);
        Assert.Equal(json, InstanceStateSerializer.Serialize(read));
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<WorkflowInstanceState>(json, Reference()), Reference()));
        var input = read.Root.Input;
        Assert.Equal(("x", 7, 5_000_000_000L, 2.5, true), ((string)input["Text"]!, (int)input["Int"]!, (long)input["Long"]!, (double)input["Double"]!, (bool)input["Flag"]!));
        Assert.Equal([1, "two", null], (List<object?>)read.Root.Output["List"]!);
        Assert.Equal(1L << 40, ((Dictionary<string, object?>)read.Root.Output["Map"]!)["a"]);
    }

    [Fact]
    public void Deserialize_LogEntryNamesInAnyCase_AndUnknownOnes_AsTheSerializerReadsThem()
    {
        const string json = """
            {"instanceId":"i1","definitionId":"d","definitionVersionId":"d-v1","log":[
              {"ActivityId":"a","ACTIVITYTYPE":"T","eventName":"Started","Timestamp":"2026-03-01T09:30:00+01:00","extra":{"x":[1,2]},"outcomes":null},
              {"activityId":"b","outcomes":["Done"]}]}
            """;

        var read = InstanceStateSerializer.Deserialize(json).Log;
        var reference = JsonSerializer.Deserialize<WorkflowInstanceState>(json, Reference())!.Log;

        Assert.Equal(reference.Select(Describe), read.Select(Describe));
        Assert.Equal("a|T|Started|2026-03-01T09:30:00.0000000+01:00|", Describe(read[0]));
    }

    [Fact]
    public void Natural_ValueParsedFromJson_ReadsItsElement_AsWritingItOutWould()
    {
        var parsed = JsonNode.Parse("""{"s":"a\u0022b","i":3,"l":5000000000,"d":1.5,"t":true,"o":{"k":[1]}}""")!.AsObject();

        foreach (var (name, node) in parsed)
            Assert.Equal(ValueConverter.ToText(ValueConverter.Natural(JsonSerializer.SerializeToElement(node))), ValueConverter.ToText(ValueConverter.Natural(node)));
        Assert.Equal("a\"b", ValueConverter.Natural(parsed["s"]));
        Assert.Equal(3, ValueConverter.Natural(parsed["i"]));
        Assert.Equal(5_000_000_000L, ValueConverter.Natural(parsed["l"]));
        Assert.Equal(7, ValueConverter.Natural(JsonValue.Create(7)));
    }

    private static string Describe(ExecutionLogEntry e) =>
        $"{e.ActivityId}|{e.ActivityType}|{e.EventName}|{e.Timestamp:O}|{(e.Outcomes is null ? "" : string.Join(",", e.Outcomes))}";
}
