using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>What the palette and property panels are built from.</summary>
public sealed class DescriptorEndpointTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public async Task Activities_HoldTheFlowchartBuiltInsAndPmoFlowActivities_InElsasShape()
    {
        var list = await factory.CreateClient(PmoRole.Architect).GetJsonAsync("/descriptors/activities?Refresh=True");

        var byType = list.Items().ToDictionary(d => d!["typeName"]!.ToString());
        var flowchart = byType["Elsa.Flowchart"]!;
        Assert.True(flowchart["isContainer"]!.GetValue<bool>());
        Assert.False(flowchart["isBrowsable"]!.GetValue<bool>());
        Assert.Contains("Elsa.WriteLine", byType.Keys);
        var gate = byType["PmoFlow.Gate"]!;
        Assert.Equal(["Pass", "Blocked"], gate["ports"]!.AsArray().Select(p => p!["name"]!.ToString()));
        Assert.Equal("Flow", gate["ports"]![0]!["type"]!.ToString());
        Assert.Equal("checkbox", gate["inputs"]!.AsArray().Single(i => i!["name"]!.ToString() == "SuspendWhenBlocked")!["uiHint"]!.ToString());
    }

    [Fact]
    public async Task WorkflowsUsableAsActivities_AppearInThePalette()
    {
        var client = factory.CreateClient(PmoRole.Architect);
        var child = SampleDefinitions.Minimal("escalation-check", "Escalation check");
        child["options"]!["usableAsActivity"] = true;
        await client.PostJsonAsync("/workflow-definitions/import", child);

        var list = await client.GetJsonAsync("/descriptors/activities");

        Assert.Contains(list.Items(), d => d!["typeName"]!.ToString() == "EscalationCheck");
    }

    [Fact]
    public async Task ExpressionDescriptors_OfferCSharpAndJavaScriptWithTheirMonacoLanguages()
    {
        var list = await factory.CreateClient(PmoRole.Architect).GetJsonAsync("/descriptors/expression-descriptors");

        var languages = list.Items().Where(d => d!["isBrowsable"]!.GetValue<bool>())
            .ToDictionary(d => d!["type"]!.ToString(), d => d!["properties"]?["MonacoLanguage"]?.ToString());
        Assert.Equal("csharp", languages["CSharp"]);
        Assert.Equal("javascript", languages["JavaScript"]);
        Assert.DoesNotContain("Liquid", list.Items().Select(d => d!["type"]!.ToString()));
    }

    [Fact]
    public async Task VariableTypes_AreTheOnesTheRuntimeConverts()
    {
        var list = await factory.CreateClient(PmoRole.Architect).GetJsonAsync("/descriptors/variables");

        Assert.Subset(list.Items().Select(d => d!["typeName"]!.ToString()).ToHashSet(), new HashSet<string> { "String", "Int32", "Boolean", "Object", "DateTimeOffset" });
    }

    [Theory]
    [InlineData("/descriptors/workflow-activation-strategies")]
    [InlineData("/descriptors/log-persistence-strategies")]
    [InlineData("/descriptors/incident-strategies")]
    [InlineData("/descriptors/commit-strategies/workflows")]
    [InlineData("/descriptors/storage-drivers")]
    [InlineData("/features/installed")]
    public async Task ServerDescriptors_AreListsTheStudioCanRead(string path)
    {
        var list = await factory.CreateClient(PmoRole.Architect).GetJsonAsync(path);

        Assert.Equal(list.Items().Count, list["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Features_AreOff_AndThePackageVersionIsElsas()
    {
        var client = factory.CreateClient(PmoRole.Architect);

        await client.SendAsync(HttpMethod.Get, "/features/installed/Elsa.Http", null, HttpStatusCode.NotFound);
        Assert.Equal("3.8.0", (await client.GetJsonAsync("/package/version"))["packageVersion"]!.ToString());
    }
}
