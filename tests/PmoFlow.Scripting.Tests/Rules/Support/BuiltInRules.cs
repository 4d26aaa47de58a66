using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core;
using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>The built-in C# gate rules, the reference the default pack must match (internal to Core, so created from its registration).</summary>
internal static class BuiltInRules
{
    public static IGateEvaluator Evaluator { get; } = Create();

    private static IGateEvaluator Create()
    {
        var descriptor = new ServiceCollection().AddPmoFlowCore().Single(d => d.ServiceType == typeof(IGateEvaluator));
        return (IGateEvaluator)Activator.CreateInstance(descriptor.ImplementationType!)!;
    }
}
