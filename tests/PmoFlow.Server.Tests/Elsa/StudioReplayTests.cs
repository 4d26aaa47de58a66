using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>
/// Every request shape the real Studio sent (recorded in the browser tests) is replayed against the API: same method,
/// path, query and body, the same status back, and the answer has what the Studio reads from it.
/// </summary>
public sealed class StudioReplayTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public void Fixtures_CoverWhatTheStudioNeedsToOpenEditAndPublish()
    {
        var endpoints = StudioFixtures.All.Select(f => f["endpoint"]!.ToString()).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(endpoints, new HashSet<string>(StringComparer.Ordinal)
        {
            "GET /workflow-definitions/by-definition-id/{definitionId}", "GET /descriptors/activities", "GET /descriptors/expression-descriptors",
            "POST /workflow-definitions",
        });
        Assert.Contains(StudioFixtures.All, f => f["body"]?["publish"]?.GetValue<bool>() == true || f["endpoint"]!.ToString().EndsWith("/publish", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task StudioRequest_GetsTheRecordedStatusAndWhatTheStudioReads(string endpoint)
    {
        var fixture = StudioFixtures.Get(endpoint);
        var method = new HttpMethod(fixture["method"]!.ToString());
        var path = fixture["path"]!.ToString() + fixture["query"]!.ToString();
        var expected = (HttpStatusCode)fixture["status"]!.GetValue<int>();
        var client = factory.CreateClient(PmoRole.Architect);
        Arrange(fixture);

        var answer = await client.SendAsync(method, path, fixture["body"]?.DeepClone(), expected);

        if ((int)expected >= 300) return;
        switch (fixture["endpoint"]!.ToString())
        {
            case "GET /package/version":
                Assert.StartsWith("3.", answer!["packageVersion"]!.ToString(), StringComparison.Ordinal);
                break;
            case "GET /descriptors/activities":
                Assert.Contains(answer!["items"]!.AsArray(), d => d!["typeName"]!.ToString() == "Elsa.Flowchart" && d["isContainer"]!.GetValue<bool>());
                Assert.Equal(answer["items"]!.AsArray().Count, answer["count"]!.GetValue<int>());
                break;
            case "GET /descriptors/expression-descriptors":
                Assert.Contains(answer!["items"]!.AsArray(), d => d!["type"]!.ToString() == "CSharp" && d["properties"]!["MonacoLanguage"]!.ToString() == "csharp");
                break;
            case "GET /workflow-definitions/by-definition-id/{definitionId}":
                AssertEditable(answer!.AsObject());
                break;
            case "POST /workflow-definitions":
                AssertEditable(answer!["workflowDefinition"]!.AsObject());
                Assert.IsType<JsonArray>(answer["validationErrors"]);
                break;
            case "GET /workflow-definitions":
                Assert.True(answer!["totalCount"]!.GetValue<int>() >= answer["items"]!.AsArray().Count);
                break;
            default:
                if (method == HttpMethod.Get) Assert.NotNull(answer);
                break;
        }
    }

    public static TheoryData<string> Endpoints() => StudioFixtures.Endpoints();

    /// <summary>The Studio reads a definition as read-only unless it is the latest and links to publish (DESIGN.md §3).</summary>
    private static void AssertEditable(JsonObject definition)
    {
        Assert.False(string.IsNullOrEmpty(definition["definitionId"]?.ToString()));
        Assert.Equal("Elsa.Flowchart", definition["root"]!["type"]!.ToString());
        Assert.Contains(definition["links"]!.AsArray(), l => l!["rel"]!.ToString() == "publish");
    }

    /// <summary>
    /// A recorded call may name a definition the browser test created; this server gets one under that id first, so the
    /// call finds what it found then. Saves need nothing: a save of an unknown id creates it, as it did in the Studio.
    /// </summary>
    private void Arrange(JsonObject fixture)
    {
        var definitionId = DefinitionIdOf(fixture);
        var store = factory.Services.GetRequiredService<IWorkflowDefinitionStore>();
        if (definitionId is null || store.Find(definitionId, VersionOptions.Latest) is not null) return;
        var json = SampleDefinitions.Minimal(definitionId, $"Recorded {definitionId}");
        var result = factory.Services.GetRequiredService<IWorkflowDefinitionService>().Save(json.ToJsonString(), SaveOptions.Import);
        Assert.True(result.Succeeded, result.Validation.ToString());
    }

    private static string? DefinitionIdOf(JsonObject fixture)
    {
        if (fixture["endpoint"]!.ToString() == "POST /workflow-definitions") return null;
        var path = fixture["path"]!.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path.Length >= 3 && path[0] == "workflow-definitions" && path[1] == "by-definition-id") return Uri.UnescapeDataString(path[2]);
        if (path.Length >= 2 && path[0] == "workflow-definitions" && path[1] is not ("by-id" or "validation" or "query" or "many-by-id" or "import"))
            return Uri.UnescapeDataString(path[1]);
        return null;
    }
}
