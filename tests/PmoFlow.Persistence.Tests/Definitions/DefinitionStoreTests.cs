using System.Text.Json.Nodes;
using PmoFlow.Persistence.Tests.Support;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Persistence.Tests.Definitions;

public sealed class DefinitionStoreTests
{
    private static WorkflowDefinition Definition(string definitionId, int version, bool published, bool usableAsActivity = false) => WorkflowDefinition.FromJson(new JsonObject
    {
        ["id"] = $"{definitionId}-v{version}", ["definitionId"] = definitionId, ["name"] = definitionId, ["version"] = version,
        ["createdAt"] = Sample.T0.AddDays(version).ToString("O"), ["isLatest"] = true, ["isPublished"] = published, ["usableAsActivity"] = usableAsActivity,
        ["customProperties"] = new JsonObject { ["unknownToPmoFlow"] = new JsonArray(1, "two") },
        ["root"] = new JsonObject { ["id"] = "flowchart1", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = new JsonArray(), ["connections"] = new JsonArray() },
    }, $"{definitionId}.json");

    [Fact]
    public async Task Put_WaitingForTheDatabase_DoesNotBlockLookups_InsideAStoreTransaction()
    {
        using var db = new SqliteTestDatabase();
        var store = db.Definitions;
        store.Put(Definition("flywheel", 1, published: true));
        var transactions = db.Get<Core.Ports.IStoreTransactions>();
        Task? put = null;

        // An engine pass holds the database's write lock and looks definitions up; a designer saves one meanwhile.
        var seen = await transactions.RunAsync(async ct =>
        {
            // Without the run's execution context, as a request on another thread has: otherwise the save would join the run.
            using (ExecutionContext.SuppressFlow()) put = Task.Run(() => store.Put(Definition("flywheel", 2, published: true)), ct);
            await Task.Delay(200, ct); // let the save reach the database and wait there
            return store.Find("flywheel", VersionOptions.Published)!.Version;
        });
        await put!;

        Assert.Equal(1, seen);
        Assert.Equal(2, store.Find("flywheel", VersionOptions.Published)!.Version);
    }

    [Fact]
    public void Put_KeepsElsasVersioning_AndBumpsTheRevision()
    {
        using var db = new SqliteTestDatabase();
        var store = db.Definitions;
        var start = store.Revision;

        store.Put(Definition("flywheel", 1, published: true));
        store.Put(Definition("flywheel", 2, published: false));

        Assert.Equal(start + 2, store.Revision);
        Assert.Equal(2, store.Find("flywheel", VersionOptions.Latest)!.Version);
        Assert.Equal(1, store.Find("flywheel", VersionOptions.Published)!.Version);
        Assert.Equal(1, store.Find("flywheel", VersionOptions.LatestOrPublished)!.Version);
        Assert.Equal([(1, false, true), (2, true, false)], store.ListVersions("flywheel").Select(v => (v.Version, v.IsLatest, v.IsPublished)));

        store.Put(Definition("flywheel", 2, published: true));

        Assert.Equal([(1, false, false), (2, true, true)], store.ListVersions("flywheel").Select(v => (v.Version, v.IsLatest, v.IsPublished)));
        Assert.Equal("flywheel-v2", store.FindByVersionId("flywheel-v2")!.Id);
        Assert.Null(store.Find("ghost", VersionOptions.Latest));
    }

    [Fact]
    public void Writes_SurviveARestart_WithUnknownFieldsIntact()
    {
        using var db = new SqliteTestDatabase();
        db.Definitions.Put(Definition("flywheel", 1, published: true));
        db.Definitions.Put(Definition("flywheel", 2, published: false));
        db.Definitions.Put(Definition("helper", 1, published: true, usableAsActivity: true));
        db.Definitions.Put(Definition("doomed", 1, published: true));
        Assert.True(db.Definitions.Delete("doomed"));
        Assert.True(db.Definitions.Retract("helper"));

        using var restarted = db.OpenAnother();
        var store = restarted.Definitions;

        Assert.Equal([(1, false, true), (2, true, false)], store.ListVersions("flywheel").Select(v => (v.Version, v.IsLatest, v.IsPublished)));
        Assert.True(JsonNode.DeepEquals(db.Definitions.Find("flywheel", VersionOptions.Latest)!.Json, store.Find("flywheel", VersionOptions.Latest)!.Json));
        Assert.Equal("flywheel.json", store.Find("flywheel", VersionOptions.Latest)!.Source);
        Assert.Empty(store.ListVersions("doomed"));
        Assert.Null(store.Find("helper", VersionOptions.Published));
        Assert.Equal("helper", store.FindActivityDefinition("Helper")!.DefinitionId);
        Assert.Equal(["helper"], store.ListActivityDefinitions().Select(d => d.DefinitionId));
        Assert.Equal(2, store.List(VersionOptions.Latest).Count);
        Assert.Single(store.List(VersionOptions.Published));
    }

    [Fact]
    public void RetractAndDelete_OnlyBumpTheRevisionWhenSomethingChanged()
    {
        using var db = new SqliteTestDatabase();
        var store = db.Definitions;
        store.Put(Definition("d", 1, published: false));
        var revision = store.Revision;

        Assert.False(store.Retract("d"));
        Assert.False(store.Retract("ghost"));
        Assert.False(store.Delete("ghost"));
        Assert.Equal(revision, store.Revision);

        Assert.True(store.Delete("d"));
        Assert.Equal(revision + 1, store.Revision);
        Assert.Equal(0, db.Count("workflow_definitions"));
    }
}
