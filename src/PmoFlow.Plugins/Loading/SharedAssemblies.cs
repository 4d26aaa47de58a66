using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// The assemblies every plugin gets from the host, never from its own folder: the SDK and everything it references
/// (so <c>IServiceCollection</c> and <c>JsonObject</c> in its signatures are the host's types), the logging
/// abstractions (the host hands plugins its <c>ILoggerFactory</c>), and any the options add. Framework assemblies
/// fall back to the host anyway; they are walked only where the SDK exposes them, in case a plugin ships a newer copy.
/// </summary>
internal sealed class SharedAssemblies
{
    private readonly Dictionary<string, Assembly> _byName;

    private SharedAssemblies(Dictionary<string, Assembly> byName) => _byName = byName;

    /// <summary>The contract's simple name, <c>PmoFlow.Abstractions</c>.</summary>
    public static string ContractName { get; } = typeof(IPmoFlowPlugin).Assembly.GetName().Name!;

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public bool TryGet(string simpleName, out Assembly assembly) => _byName.TryGetValue(simpleName, out assembly!);

    public static SharedAssemblies Create(IEnumerable<string> extraNames)
    {
        var byName = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<Assembly>();
        void Add(Assembly assembly)
        {
            if (byName.TryAdd(assembly.GetName().Name!, assembly) && !IsFramework(assembly)) pending.Enqueue(assembly);
        }

        Add(typeof(IPmoFlowPlugin).Assembly);
        Add(typeof(IServiceCollection).Assembly);
        Add(typeof(ILoggerFactory).Assembly);
        foreach (var name in extraNames) Add(AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name)));

        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (byName.ContainsKey(reference.Name!)) continue;
                try
                {
                    Add(AssemblyLoadContext.Default.LoadFromAssemblyName(reference));
                }
                catch (FileNotFoundException)
                {
                    // A reference the host never needs at run time (an optional dependency) has nothing to share.
                }
            }
        }
        return new SharedAssemblies(byName);
    }

    private static bool IsFramework(Assembly assembly) =>
        assembly.Location.StartsWith(RuntimeEnvironment.GetRuntimeDirectory(), StringComparison.Ordinal);
}
