using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Activities;

/// <summary>Activity types that come and go at run time (plugins): the palette and new runs follow the source.</summary>
public sealed class ActivitySourceTests
{
    [Fact]
    public async Task SourceChanges_ReachThePaletteAndTheRunsOfAnAlreadyBoundDefinition()
    {
        var source = new SwitchableSource();
        using var host = new WorkflowTestHost(configure: s => s.AddSingleton<IActivitySource>(source));
        var registry = host.Get<IActivityRegistry>();
        var definition = host.Import(Chart("stamped", [Activity("s", StampActivity.TypeName)]));

        var before = await host.Host.StartAsync(definition);
        Assert.Equal(WorkflowStatus.Faulted, before.Status);
        Assert.Contains($"Activity type '{StampActivity.TypeName}' is not registered", before.Fault!.Message, StringComparison.Ordinal);

        var revision = registry.Revision;
        source.Set(new StampActivity("first"));
        Assert.True(registry.Revision > revision);
        Assert.Contains(registry.ListDescriptors(), d => d.TypeName == StampActivity.TypeName);

        // The definition's graph was bound while the type was unknown; the run binds it again.
        var after = await host.Host.StartAsync(definition);
        Assert.Equal(WorkflowStatus.Finished, after.Status);
        Assert.Equal(["stamped by first"], host.Lines);

        source.Set(new StampActivity("second"));
        await host.Host.StartAsync(definition);
        Assert.Equal(["stamped by first", "stamped by second"], host.Lines);

        source.Set();
        Assert.False(registry.IsKnown(StampActivity.TypeName));
        Assert.DoesNotContain(registry.ListDescriptors(), d => d.TypeName == StampActivity.TypeName);
    }

    [Fact]
    public void SourceActivity_NamedLikeABuiltIn_LeavesTheBuiltInInPlace()
    {
        var source = new SwitchableSource();
        using var host = new WorkflowTestHost(configure: s => s.AddSingleton<IActivitySource>(source));
        var registry = host.Get<IActivityRegistry>();
        var builtIn = registry.Resolve("Elsa.WriteLine");

        source.Set(new StampActivity("impostor", "Elsa.WriteLine"));

        Assert.Same(builtIn, registry.Resolve("Elsa.WriteLine"));
        Assert.Single(registry.ListDescriptors(), d => d.TypeName == "Elsa.WriteLine");
    }

    private sealed class SwitchableSource : IActivitySource
    {
        private IReadOnlyList<IActivity> _activities = [];
        private CancellationTokenSource _changes = new();

        public IReadOnlyList<IActivity> Activities => Volatile.Read(ref _activities);

        public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changes).Token);

        public void Set(params IActivity[] activities)
        {
            Volatile.Write(ref _activities, activities);
            Interlocked.Exchange(ref _changes, new CancellationTokenSource()).Cancel();
        }
    }

    private sealed class StampActivity(string owner, string typeName = StampActivity.TypeName) : IActivity
    {
        public const string TypeName = "Test.Stamp";

        public ActivityDescriptor Descriptor { get; } = new() { TypeName = typeName, Name = "Stamp", Category = "Test" };

        public ValueTask ExecuteAsync(IActivityExecutionContext context)
        {
            context.Workflow.Out.WriteLine($"stamped by {owner}");
            context.Complete();
            return ValueTask.CompletedTask;
        }
    }
}
