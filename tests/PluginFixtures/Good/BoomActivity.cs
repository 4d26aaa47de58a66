using PmoFlow.Abstractions.Activities;

namespace Fixture.Good;

/// <summary>Throws: plugin code failing inside an activity.</summary>
internal sealed class BoomActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new() { TypeName = "Fixture.Boom", Name = "Boom", Category = "Fixture" };

    public ValueTask ExecuteAsync(IActivityExecutionContext context) => throw new InvalidOperationException("Boom from the fixture.");
}
