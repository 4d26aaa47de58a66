using System.Runtime.Loader;
using Newtonsoft.Json;
using PmoFlow.Abstractions.Activities;

namespace Fixture.JsonNew;

/// <summary>Reports which Newtonsoft.Json it runs against, and uses it.</summary>
internal sealed class JsonVersionActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new() { TypeName = "Fixture.JsonNew.Version", Name = "Version", Category = "Fixture" };

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var assembly = typeof(JsonConvert).Assembly;
        context.SetOutput("AssemblyVersion", assembly.GetName().Version!.ToString());
        context.SetOutput("LoadContext", AssemblyLoadContext.GetLoadContext(assembly)?.Name);
        context.SetOutput("Json", JsonConvert.SerializeObject(new { plugin = "fixture-json-new" }));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
