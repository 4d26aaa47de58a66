using PmoFlow.Abstractions.Activities;

namespace Fixture.Good;

/// <summary>Greets its <c>Name</c> input; the greeting names the plugin version that ran.</summary>
internal sealed class EchoActivity(Greeter greeter) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Fixture.Echo",
        Namespace = "Fixture",
        Name = "Echo",
        Category = "Fixture",
        Inputs = [new InputDescriptor { Name = "Name" }],
        Outputs = [new OutputDescriptor { Name = "Greeting", TypeName = "String" }],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var name = await context.GetInputAsync<string>("Name", "world");
        context.SetOutput("Greeting", greeter.Greet(name!));
        context.Complete();
    }
}
