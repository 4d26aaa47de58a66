using System.Runtime.Loader;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// One collectible load context holding one emitted assembly, shared by every expression compiled with it.
/// It is unloaded when the last of those expressions leaves the cache; the runtime frees it once no
/// delegate from it is still running or referenced.
/// </summary>
internal sealed class CompiledUnit(AssemblyLoadContext context)
{
    private int _references;

    public AssemblyLoadContext Context { get; } = context;

    public void AddReference() => Interlocked.Increment(ref _references);

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Context.Unload();
        }
    }
}
