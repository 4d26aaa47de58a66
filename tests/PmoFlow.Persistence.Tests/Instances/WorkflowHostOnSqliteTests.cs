using System.Text.Json.Nodes;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Definitions;
using PmoFlow.Persistence.Instances;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Tests.Support;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Persistence.Tests.Instances;

public sealed class WorkflowHostOnSqliteTests
{
    private const string Waiting = """
        {"id":"greet-v1","definitionId":"greet","name":"greet","version":1,"isLatest":true,"isPublished":true,
         "root":{"id":"flowchart1","type":"Elsa.Flowchart","version":1,
           "activities":[
             {"id":"wait","type":"Elsa.Event","version":1,"eventName":{"typeName":"String","expression":{"type":"Literal","value":"go"}}},
             {"id":"say","type":"Elsa.WriteLine","version":1,"text":{"typeName":"String","expression":{"type":"Literal","value":"hello from sqlite"}}}],
           "connections":[{"source":{"activity":"wait","port":"Done"},"target":{"activity":"say","port":"In"},"vertices":[]}]}}
        """;

    [Fact]
    public void UseSqlite_ReplacesTheInMemoryStores_WhicheverIsCalledFirst()
    {
        using var db = new SqliteTestDatabase(withWorkflows: true);

        Assert.IsType<SqliteWorkflowInstanceStore>(db.Get<IWorkflowInstanceStore>());
        Assert.IsType<SqliteWorkflowInstanceStore>(db.Get<IWorkflowInstanceQueries>());
        Assert.IsType<SqliteWorkflowDefinitionStore>(db.Get<IWorkflowDefinitionStore>());
        Assert.IsType<SqliteWorkflowDefinitionStore>(db.Get<IWorkflowDefinitionProvider>());
        Assert.IsType<SqlitePmoStore>(db.Get<IPmoStore>());
        Assert.Same(db.Get<IWorkflowInstanceIndex>(), db.Get<IWorkflowInstanceStore>());
    }

    [Fact]
    public async Task Host_RunsAWorkflow_ThatWaitsInTheDatabase_AndResumesAfterARestart()
    {
        using var db = new SqliteTestDatabase(withWorkflows: true);
        var saved = db.Get<IWorkflowDefinitionService>().Save(Waiting, SaveOptions.Import);
        Assert.True(saved.Succeeded, string.Join("\n", saved.Validation.Messages));
        var started = await db.Get<IWorkflowHost>().StartAsync("greet", new StartWorkflowOptions { CorrelationId = "s1" });
        Assert.Equal(WorkflowStatus.Suspended, started.Status);

        using var restarted = new SqliteTestDatabase(db.Clock, withWorkflows: true, path: db.Path);
        var waiting = Assert.Single(await restarted.Instances.FindBookmarksAsync("Elsa.Event", "go"));
        Assert.Equal((started.InstanceId, "s1"), (waiting.InstanceId, waiting.CorrelationId));
        var resumed = await restarted.Get<IWorkflowHost>().ResumeAsync(waiting.InstanceId, waiting.BookmarkId);

        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Contains("hello from sqlite", restarted.Output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await restarted.Instances.FindBookmarksAsync("Elsa.Event", "go"));
        Assert.Equal(WorkflowStatus.Finished, (await db.Instances.FindAsync(started.InstanceId))!.Status);
        Assert.NotNull(JsonNode.Parse(restarted.Query<string>("SELECT json FROM workflow_definitions")[0]));
    }
}
