using System.Net;
using System.Text.Json.Nodes;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>The definition endpoints: drafts, publish, retract, delete, versions, the list, name uniqueness.</summary>
public sealed class DefinitionEndpointTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public async Task Save_OfAPublishedDefinition_OpensADraftVersion_AndPublishMakesItCurrent()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "draft-then-publish");
        var model = await client.GetJsonAsync("/workflow-definitions/by-definition-id/draft-then-publish?versionOptions=Latest");
        model["description"] = "edited in the designer";

        var saved = await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model));

        var draft = saved["workflowDefinition"]!;
        Assert.Equal((2, false, true), (draft["version"]!.GetValue<int>(), draft["isPublished"]!.GetValue<bool>(), draft["isLatest"]!.GetValue<bool>()));
        var published = await client.GetJsonAsync("/workflow-definitions/by-definition-id/draft-then-publish?versionOptions=Published");
        Assert.Equal(1, published["version"]!.GetValue<int>());

        var result = await client.PostJsonAsync("/workflow-definitions/draft-then-publish/publish", new JsonObject());
        Assert.Equal((2, true), (result["workflowDefinition"]!["version"]!.GetValue<int>(), result["workflowDefinition"]!["isPublished"]!.GetValue<bool>()));
        Assert.False(result["alreadyPublished"]!.GetValue<bool>());
        var again = await client.PostJsonAsync("/workflow-definitions/draft-then-publish/publish", new JsonObject());
        Assert.True(again["alreadyPublished"]!.GetValue<bool>());
        Assert.Equal("edited in the designer", (await client.GetJsonAsync("/workflow-definitions/by-definition-id/draft-then-publish?versionOptions=Published"))["description"]!.ToString());
    }

    [Fact]
    public async Task Save_KeepsFieldsTheStudioDoesNotSend()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        var json = SampleDefinitions.Minimal("keeps-fields", "Keeps fields");
        json["pmoflowOwner"] = "portfolio office";
        await client.PostJsonAsync("/workflow-definitions/import", json);
        var model = await client.GetJsonAsync("/workflow-definitions/by-definition-id/keeps-fields");
        model.Remove("pmoflowOwner");

        var saved = await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model));

        Assert.Equal("portfolio office", saved["workflowDefinition"]!["pmoflowOwner"]!.ToString());
    }

    [Fact]
    public async Task SaveDraft_WithErrors_IsStoredAndReportsThem_ButPublishIsRefused()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        var model = SampleDefinitions.Minimal("broken-draft", "Broken draft");
        model["root"]!["connections"]!.AsArray().Add(SampleDefinitions.Connection("hello", "Done", "ghost"));

        var saved = await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save((JsonObject)model.DeepClone()), HttpStatusCode.Created);

        var error = Assert.Single(saved["validationErrors"]!.AsArray())!;
        Assert.Contains("ghost", error["message"]!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("$.root.connections[1]", error["path"]!.ToString(), StringComparison.Ordinal);
        var refused = (await client.SendAsync(HttpMethod.Post, "/workflow-definitions", ElsaClient.Save(model, publish: true), HttpStatusCode.BadRequest))!;
        Assert.Contains("ghost", refused["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(refused["validationErrors"]!.AsArray());
        await client.SendAsync(HttpMethod.Post, "/workflow-definitions/broken-draft/publish", new JsonObject(), HttpStatusCode.BadRequest);
        await client.SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/broken-draft?versionOptions=Published", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ValidationError_NamesTheActivity()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        var model = SampleDefinitions.Minimal("names-activity", "Names activity");
        model["root"]!["activities"]!.AsArray().Add(SampleDefinitions.Activity("score", "Elsa.SetVariable", 600,
            ("value", new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "CSharp", ["value"] = "return 1 +;" } })));
        model["root"]!["connections"]!.AsArray().Add(SampleDefinitions.Connection("hello", "Done", "score"));

        var saved = await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model), HttpStatusCode.Created);

        Assert.Contains(saved["validationErrors"]!.AsArray(), e => e!["activityId"]?.ToString() == "score");
    }

    [Fact]
    public async Task Retract_UnpublishesWithoutRemovingAVersion_AndTheFlywheelIsProtected()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "to-retract");

        var retracted = await client.PostJsonAsync("/workflow-definitions/to-retract/retract", new JsonObject());

        Assert.False(retracted["isPublished"]!.GetValue<bool>());
        await client.SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/to-retract?versionOptions=Published", null, HttpStatusCode.NotFound);
        await client.SendAsync(HttpMethod.Post, "/workflow-definitions/to-retract/retract", new JsonObject(), HttpStatusCode.BadRequest);
        await client.SendAsync(HttpMethod.Post, "/workflow-definitions/value-flywheel/retract", new JsonObject(), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Delete_RemovesEveryVersion_ButNotTheFlywheel()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "to-delete");

        await client.SendAsync(HttpMethod.Delete, "/workflow-definitions/to-delete", null, HttpStatusCode.NoContent);

        await client.SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/to-delete", null, HttpStatusCode.NotFound);
        await client.SendAsync(HttpMethod.Delete, "/workflow-definitions/to-delete", null, HttpStatusCode.NotFound);
        await client.SendAsync(HttpMethod.Delete, "/workflow-definitions/value-flywheel", null, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Versions_ListNewestFirst_AndEachVersionCanBeRead()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "versioned");
        var model = await client.GetJsonAsync("/workflow-definitions/by-definition-id/versioned");
        await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model, publish: true));

        var versions = await client.GetJsonAsync("/workflow-definitions/versioned/versions");
        var all = await client.GetJsonAsync("/workflow-definitions?versionOptions=All&definitionIds=versioned");

        Assert.Equal([2, 1], versions.Items().Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal([1, 2], all.Items().Select(v => v!["version"]!.GetValue<int>()).Order());
        var first = await client.GetJsonAsync("/workflow-definitions/by-definition-id/versioned?versionOptions=1");
        Assert.False(first["isPublished"]!.GetValue<bool>());
        Assert.Equal(first["id"]!.ToString(), (await client.GetJsonAsync($"/workflow-definitions/by-id/{first["id"]}"))["id"]!.ToString());
        await client.SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/versioned?versionOptions=Sometimes", null, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_PagesSearchesAndCounts()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "list-alpha", "Orbit alpha");
        await ImportAsync(client, "list-beta", "Orbit beta");

        var page = await client.GetJsonAsync("/workflow-definitions?versionOptions=Latest&Page=0&PageSize=1&OrderBy=Name&SearchTerm=orbit");
        var second = await client.GetJsonAsync("/workflow-definitions?versionOptions=Latest&Page=1&PageSize=1&OrderBy=Name&SearchTerm=orbit");

        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
        Assert.Equal("Orbit alpha", page.Items().Single()!["name"]!.ToString());
        Assert.Equal("Orbit beta", second.Items().Single()!["name"]!.ToString());
        Assert.Contains(page.Items().Single()!["links"]!.AsArray(), l => l!["rel"]!.ToString() == "publish");
        Assert.True((await client.GetJsonAsync("/workflow-definitions/query/count"))["count"]!.GetValue<int>() >= 3);
        await client.SendAsync(HttpMethod.Get, "/workflow-definitions?PageSize=0", null, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task IsNameUnique_IgnoresTheDefinitionItself()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "unique-name", "Quarterly portfolio review");

        var taken = await client.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=quarterly%20PORTFOLIO%20review");
        var own = await client.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=Quarterly%20portfolio%20review&definitionId=unique-name");
        var free = await client.GetJsonAsync("/workflow-definitions/validation/is-name-unique?name=Something%20else");

        Assert.Equal((false, true, true), (taken["isUnique"]!.GetValue<bool>(), own["isUnique"]!.GetValue<bool>(), free["isUnique"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Revert_MakesAnEarlierVersionTheDraft()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "revertible");
        var model = await client.GetJsonAsync("/workflow-definitions/by-definition-id/revertible");
        model["description"] = "second thoughts";
        await client.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model, publish: true));

        var reverted = await client.PostJsonAsync("/workflow-definitions/revertible/revert/1", null);

        Assert.Equal((3, false), (reverted["version"]!.GetValue<int>(), reverted["isPublished"]!.GetValue<bool>()));
        Assert.Null(reverted["description"]);
    }

    [Fact]
    public async Task BulkActions_PublishRetractAndDelete()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        await ImportAsync(client, "bulk-a");
        await ImportAsync(client, "bulk-b");
        var ids = new JsonObject { ["definitionIds"] = new JsonArray("bulk-a", "bulk-b", "value-flywheel", "bulk-none") };

        var retracted = await client.PostJsonAsync("/bulk-actions/retract/workflow-definitions/by-definition-ids", ids.DeepClone());
        var published = await client.PostJsonAsync("/bulk-actions/publish/workflow-definitions/by-definition-ids", ids.DeepClone());
        var deleted = await client.PostJsonAsync("/bulk-actions/delete/workflow-definitions/by-definition-id", ids.DeepClone());

        Assert.Equal(["bulk-a", "bulk-b"], retracted["retracted"]!.AsArray().Select(i => i!.ToString()));
        Assert.Equal(["value-flywheel"], retracted["skipped"]!.AsArray().Select(i => i!.ToString()));
        Assert.Equal(["bulk-a", "bulk-b"], published["published"]!.AsArray().Select(i => i!.ToString()));
        Assert.Equal(["bulk-none"], published["notFound"]!.AsArray().Select(i => i!.ToString()));
        Assert.Equal(2, deleted["deleted"]!.GetValue<int>());
    }

    [Fact]
    public async Task UnknownElsaEndpoint_IsA404ThatSaysSo()
    {
        var problem = await factory.CreateClient(PmoRole.Architect).SendAsync(HttpMethod.Get, "/resilience/strategies", null, HttpStatusCode.NotFound);

        Assert.Contains("does not implement", problem!["detail"]!.ToString(), StringComparison.Ordinal);
    }

    private static Task<JsonObject> ImportAsync(HttpClient client, string definitionId, string? name = null) =>
        client.PostJsonAsync("/workflow-definitions/import", SampleDefinitions.Minimal(definitionId, name ?? definitionId));
}
