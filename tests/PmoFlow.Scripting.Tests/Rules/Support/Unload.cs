using System.Runtime.CompilerServices;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>Waits for unloaded load contexts to be collected.</summary>
internal static class Unload
{
    /// <summary>Whether what <paramref name="reference"/> points at is collected after a few full collections.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool Collected(WeakReference reference)
    {
        for (var i = 0; i < 30 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (reference.IsAlive) Thread.Sleep(10);
        }
        return !reference.IsAlive;
    }

    /// <summary>The number of assemblies loaded once every unloaded context is collected.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int LoadedAssemblies()
    {
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return AppDomain.CurrentDomain.GetAssemblies().Length;
    }
}
