using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Checks that an unloaded context really goes away (McMaster's loader never checks): collect garbage until the
/// weak reference dies or the time runs out. Each pass is a full blocking collection, which is why this runs only
/// on an unload, never on a hot path.
/// </summary>
internal sealed class UnloadVerifier(TimeProvider time)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(250);

    public async Task<bool> WaitForCollectionAsync(WeakReference context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var pause = FirstPause;
        while (true)
        {
            // Finalizers may hold the last references (a stream, a timer), hence collect, finalize, collect.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (!context.IsAlive) return true;
            if (time.GetElapsedTime(started) >= timeout) return false;
            await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }

    /// <summary>What is known about a context that did not go away, as well as can be told from inside the process.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string DescribeHolders(WeakReference context, int leases, int pins)
    {
        if (context.Target is not AssemblyLoadContext alive) return "it has since been collected";
        var assemblies = string.Join(", ", alive.Assemblies.Select(a => $"{a.GetName().Name} {a.GetName().Version}"));
        return $"its load context '{alive.Name}' still holds {assemblies}. Leases held: {leases}; instances pinned: {pins}. " +
            "Something outside the plugin still references its code: usually a thread, timer or task the plugin started and " +
            "did not stop, a handler it added to a static event (AppDomain, TypeDescriptor, a static cache), or a plugin " +
            "object or delegate kept by the host after its lease ended.";
    }
}
