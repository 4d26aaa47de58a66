using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Tests.Support;

namespace PmoFlow.Workflows.Tests.Activities;

/// <summary>Descriptors serialize to the shape Elsa Studio reads from descriptors/activities (DESIGN.md §3).</summary>
public sealed class ActivityDescriptorJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Descriptor_HasElsasKeys()
    {
        using var host = new WorkflowTestHost();
        var writeLine = host.Get<IActivityRegistry>().ListDescriptors().Single(d => d.TypeName == "Elsa.WriteLine");
        var json = JsonSerializer.SerializeToNode(writeLine, Web)!.AsObject();

        string[] keys = ["typeName", "namespace", "name", "version", "category", "displayName", "description", "inputs", "outputs", "kind", "ports",
            "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal"];
        Assert.All(keys, k => Assert.True(json.ContainsKey(k), $"missing '{k}'"));
        Assert.Equal("Action", json["kind"]!.GetValue<string>());
        Assert.Equal("""{"name":"Done","displayName":"Done","isBrowsable":true,"type":"Flow"}""", json["ports"]![0]!.ToJsonString());

        var input = json["inputs"]![0]!.AsObject();
        string[] inputKeys = ["name", "typeName", "displayName", "description", "order", "isBrowsable", "isSynthetic", "isWrapped", "uiHint", "category",
            "defaultValue", "defaultSyntax", "isReadOnly", "isSensitive", "storageDriverType", "uiSpecifications"];
        Assert.All(inputKeys, k => Assert.True(input.ContainsKey(k), $"input missing '{k}'"));
        Assert.Equal(("text", "singleline"), (input["name"]!.GetValue<string>().ToLowerInvariant(), input["uiHint"]!.GetValue<string>()));
    }
}
