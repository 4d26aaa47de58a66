using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Contributions;

namespace PmoFlow.Hosting.Industry;

/// <summary>Which loaded plugin the organizational baseline's industry profile selects, if any, and why not when none does.</summary>
public sealed record IndustrySelection
{
    /// <summary>The baseline's industry profile: a plugin id or an industry (<c>general</c> selects none).</summary>
    public required string Reference { get; init; }

    /// <summary>The selected plugin's current version; null when no loaded, working plugin serves the reference.</summary>
    public PluginContribution? Plugin { get; init; }

    /// <summary>What an admin should know: no plugin serves the reference, the one that does faulted, or several do.</summary>
    public string? Problem { get; init; }

    /// <summary>The selected plugin's industry profile, if it brings one.</summary>
    public IndustryProfile? Profile => Plugin?.Profile;
}
