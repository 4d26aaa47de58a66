using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Loading;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Catalog;

/// <summary>
/// One load of a plugin: its load context, container and activities. The mutable state below the line is guarded
/// by the slot's lock. Every reference into the plugin is dropped at unload, so the context can be collected.
/// </summary>
internal sealed class PluginGeneration(PluginManifest manifest, int number, PluginLoadContext context)
{
    public PluginManifest Manifest { get; } = manifest;

    public int Number { get; } = number;

    public string Version => Manifest.VersionText;

    public PluginLoadContext? Context { get; private set; } = context;

    public ServiceProvider? Services { get; set; }

    public IReadOnlyDictionary<string, IActivity> Activities { get; set; } = new Dictionary<string, IActivity>();

    // What the plugin brings, as host-owned copies (see Detached).
    public IReadOnlyList<ActivityDescriptor> Descriptors { get; set; } = [];

    public IndustryProfile? Profile { get; set; }

    public ReportWording? Wording { get; set; }

    public IReadOnlyList<PluginRuleSource> Rules { get; set; } = [];

    /// <summary>The contribution with the host's guarded activity stand-ins, made once per generation.</summary>
    public PluginContribution? Contribution { get; set; }

    public string Industry { get; set; } = "general";

    public DateTimeOffset LoadedAt { get; set; }

    public TimeSpan LoadDuration { get; set; }

    // ---- guarded by the slot's lock ----

    public PluginVersionState Phase { get; set; } = PluginVersionState.Active;

    public bool Faulted { get; set; }

    public string? Error { get; set; }

    public int Leases { get; set; }

    public int PinCount { get; set; }

    /// <summary>Draining, and pins no longer count (an unload, or a reload with pinned versions not kept).</summary>
    public bool IgnorePins { get; set; }

    public TaskCompletionSource Idle { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task? Retirement { get; set; }

    /// <summary>The collected-or-not handle on the context after unload, to notice a late collection of a stuck one.</summary>
    public WeakReference? UnloadedContext { get; set; }

    public PluginVersionState State => Phase is PluginVersionState.Active && Faulted ? PluginVersionState.Faulted : Phase;

    /// <summary>Completes <see cref="Idle"/> once a draining version has no work (and, unless ignored, no pins) left.</summary>
    public void SignalIfIdle()
    {
        if (Phase == PluginVersionState.Draining && Leases == 0 && (IgnorePins || PinCount == 0)) Idle.TrySetResult();
    }

    public ServiceProvider? TakeServices()
    {
        var services = Services;
        Services = null;
        return services;
    }

    /// <summary>Drops every reference into the plugin and starts unloading its context; returns a weak handle on it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public WeakReference? ReleaseContext()
    {
        var context = Context;
        Context = null;
        Activities = new Dictionary<string, IActivity>();
        if (context is null) return null;
        var handle = new WeakReference(context);
        context.Unload();
        return handle;
    }
}
