using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>A workflow exported through the Studio's export call imports unchanged and runs.</summary>
public sealed class ExportImportTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public async Task Export_ThenImportIntoAnEmptyStore_KeepsTheDefinition_AndItRuns()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(SamplePath()))!.AsObject();
        await client.PostJsonAsync("/workflow-definitions/import", sample.DeepClone());

        using var response = await client.GetAsync(new Uri($"{ElsaClient.Api}/workflow-definitions/service-intake/export?versionOptions=Published", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ServiceIntake.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var exported = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.StartsWith("https://elsaworkflows.io/schemas/workflow-definition/", exported["$schema"]!.ToString(), StringComparison.Ordinal);
        Assert.Null(exported["links"]);

        await client.SendAsync(HttpMethod.Delete, "/workflow-definitions/service-intake", null, HttpStatusCode.NoContent);
        var imported = await client.PostJsonAsync("/workflow-definitions/import", exported.DeepClone());

        var stored = factory.Services.GetRequiredService<IWorkflowDefinitionStore>().Find("service-intake", VersionOptions.Published)!;
        Assert.Equal(exported["id"]!.ToString(), imported["id"]!.ToString());
        foreach (var key in new[] { "root", "variables", "inputs", "outputs", "name", "description", "options" })
            Assert.True(JsonNode.DeepEquals(exported[key], stored.Json[key]), $"'{key}' changed on import");

        using var output = new StringWriter();
        var run = await factory.Services.GetRequiredService<IWorkflowRuntime>().StartAsync(stored, new StartWorkflowOptions
        {
            Input = new Dictionary<string, object?> { ["ServiceName"] = "Resource management", ["StrategicFit"] = 5, ["Urgency"] = 4 },
            Output = output,
        });
        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Contains("Decision: fast-track", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfAnInvalidFile_IsRefusedWithItsMessages()
    {
        var model = SampleDefinitions.Minimal("invalid-import", "Invalid import");
        model["root"]!["activities"]!.AsArray().Add(SampleDefinitions.Activity("hello", "Elsa.WriteLine", 600));

        var problem = await factory.CreateClient(PmoRole.Architect).SendAsync(HttpMethod.Post, "/workflow-definitions/import", model, HttpStatusCode.BadRequest);

        Assert.Contains("hello", problem!["detail"]!.ToString(), StringComparison.Ordinal);
        await factory.CreateClient(PmoRole.Architect).SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/invalid-import", null, HttpStatusCode.NotFound);
    }

    internal static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "workflows", "samples", "service-intake.json");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("workflows/samples/service-intake.json");
    }
}
