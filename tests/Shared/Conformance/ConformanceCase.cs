using System.Text.Json.Nodes;

namespace PmoFlow.Tests.Conformance;

/// <summary>One case of ../shared/elsa-conformance/cases.json: an Elsa scenario workflow and what Elsa's tests assert.</summary>
internal sealed record ConformanceCase(string Id, string Kind, string Workflow, IReadOnlyList<string> Imports, string? FlowchartMode, JsonObject Json)
{
    public IReadOnlyList<string>? ExpectLines => Strings("expectLines");

    public IReadOnlyList<string>? ExpectLinesContain => Strings("expectLinesContain");

    public string? ExpectStatus => Json["expectStatus"]?.GetValue<string>();

    public string? ExpectSubStatus => Json["expectSubStatus"]?.GetValue<string>();

    public JsonObject? Input => Json["input"] as JsonObject;

    public override string ToString() => Id;

    private IReadOnlyList<string>? Strings(string key) => (Json[key] as JsonArray)?.Select(n => n!.GetValue<string>()).ToArray();

    public static IReadOnlyList<ConformanceCase> Load(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "cases.json")))!.AsArray()
            .Select(n => n!.AsObject())
            .Select(o => new ConformanceCase(
                o["id"]!.GetValue<string>(),
                o["kind"]!.GetValue<string>(),
                o["workflow"]!.GetValue<string>(),
                (o["imports"] as JsonArray)?.Select(i => i!.GetValue<string>()).ToArray() ?? [],
                o["flowchartMode"]?.GetValue<string>(),
                o))
            .ToArray();
}
