using System.Reflection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>The registry the runtime builds: every built-in activity of PmoFlow.Workflows, plus workflows usable as activities.</summary>
internal static class TestActivityRegistry
{
    private static readonly IActivity[] BuiltIns = typeof(ActivityRegistry).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IActivity).IsAssignableFrom(t))
        .Where(t => t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is { } c && (c.IsPublic || c.IsAssembly))
        .Select(t => (IActivity)Activator.CreateInstance(t, nonPublic: true)!)
        .ToArray();

    public static IActivityRegistry Create(IWorkflowDefinitionProvider? definitions = null) =>
        new ActivityRegistry(BuiltIns, definitions ?? new InMemoryDefinitionProvider([]));
}
