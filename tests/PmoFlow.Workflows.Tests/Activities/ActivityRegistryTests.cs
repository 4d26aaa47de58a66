using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Activities;

public sealed class ActivityRegistryTests
{
    [Theory]
    [InlineData("Elsa.Flowchart"), InlineData("Elsa.Start"), InlineData("Elsa.End"), InlineData("Elsa.Complete"), InlineData("Elsa.WriteLine")]
    [InlineData("Elsa.SetVariable"), InlineData("Elsa.SetOutput"), InlineData("Elsa.SetName"), InlineData("Elsa.Sequence"), InlineData("Elsa.FlowDecision")]
    [InlineData("Elsa.FlowFork"), InlineData("Elsa.FlowJoin"), InlineData("Elsa.FlowNode"), InlineData("Elsa.RunCSharp"), InlineData("Elsa.RunJavaScript")]
    [InlineData("Elsa.Fault"), InlineData("Elsa.Correlate"), InlineData("Elsa.Event"), InlineData("Elsa.Delay"), InlineData("Elsa.Timer")]
    [InlineData("Elsa.Cron"), InlineData("Elsa.ExecuteWorkflow"), InlineData("Elsa.ParallelForEach")]
    public void BuiltInActivity_HasAnElsaDescriptor(string typeName)
    {
        using var host = new WorkflowTestHost();
        var descriptor = host.Get<IActivityRegistry>().ListDescriptors().Single(d => d.TypeName == typeName);
        Assert.Equal(("Elsa", typeName[5..]), (descriptor.Namespace, descriptor.Name));
        Assert.False(string.IsNullOrEmpty(descriptor.Category));
        Assert.All(descriptor.Ports, p => Assert.Equal("Flow", p.Type));
    }

    [Fact]
    public void Descriptors_CarryPortsInputsAndContainerFlags()
    {
        using var host = new WorkflowTestHost();
        var all = host.Get<IActivityRegistry>().ListDescriptors().ToDictionary(d => d.TypeName);
        Assert.Equal(["True", "False"], all["Elsa.FlowDecision"].Ports.Select(p => p.Name));
        Assert.Equal(("Text", "String"), (all["Elsa.WriteLine"].Inputs[0].Name, all["Elsa.WriteLine"].Inputs[0].TypeName));
        Assert.True(all["Elsa.Flowchart"].IsContainer);
        Assert.False(all["Elsa.Flowchart"].IsBrowsable);
        Assert.Equal(ActivityKind.Trigger, all["Elsa.Timer"].Kind);
        Assert.True(all["Elsa.End"].IsTerminal);
    }

    [Fact]
    public void WorkflowUsableAsActivity_BecomesATypeNamedByItsPascalCasedName()
    {
        using var host = new WorkflowTestHost();
        var child = Definition("risk-review", Flowchart("c", [WriteLine("w", "reviewing")], []), name: "Risk review (quarterly)");
        child["inputs"] = new JsonArray(new JsonObject { ["type"] = "Decimal", ["name"] = "Exposure", ["uiHint"] = "singleline" });
        child["outputs"] = new JsonArray(new JsonObject { ["type"] = "String", ["name"] = "Rating" });
        child["outcomes"] = new JsonArray("Accepted", "Escalated");
        child["options"] = new JsonObject { ["usableAsActivity"] = true };
        host.Import(child);

        var descriptor = host.Get<IActivityRegistry>().ListDescriptors().Single(d => d.TypeName == "RiskReviewQuarterly");

        Assert.Equal(("Exposure", "Decimal"), (descriptor.Inputs[0].Name, descriptor.Inputs[0].TypeName));
        Assert.Equal("Rating", descriptor.Outputs[0].Name);
        Assert.Equal(["Accepted", "Escalated"], descriptor.Ports.Select(p => p.Name));
        Assert.Equal("risk-review", descriptor.CustomProperties["WorkflowDefinitionId"]);
    }
}
