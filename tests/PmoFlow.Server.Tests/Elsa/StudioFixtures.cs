using System.Text.Json.Nodes;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>
/// The requests the real Elsa Studio 3.8.2 sent in the browser tests (tests/PmoFlow.Browser.Tests), one per endpoint
/// variant, kept in <c>Fixtures/studio-requests.json</c>. Re-record with <c>PMOFLOW_RECORD_STUDIO_FIXTURES=1 dotnet test
/// tests/PmoFlow.Browser.Tests</c>. Read from the source tree, so a re-recording needs no rebuild to take effect.
/// </summary>
internal static class StudioFixtures
{
    public const string RelativePath = "tests/PmoFlow.Server.Tests/Elsa/Fixtures/studio-requests.json";

    public static IReadOnlyList<JsonObject> All { get; } = Load();

    public static TheoryData<string> Endpoints()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in All) data.Add(Key(fixture));
        return data;
    }

    public static JsonObject Get(string key) => All.Single(f => Key(f) == key);

    /// <summary>The endpoint, with the publish flag for saves: a save and a save-and-publish are different calls.</summary>
    public static string Key(JsonObject fixture) =>
        fixture["body"]?["publish"] is JsonValue publish ? $"{fixture["endpoint"]} publish={publish}" : fixture["endpoint"]!.ToString();

    private static JsonObject[] Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(path)) return [.. JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(n => n!.AsObject())];
        }
        throw new FileNotFoundException($"{RelativePath} was not found above {AppContext.BaseDirectory}.");
    }
}
