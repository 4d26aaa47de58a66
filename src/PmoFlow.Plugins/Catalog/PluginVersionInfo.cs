namespace PmoFlow.Plugins.Catalog;

/// <summary>One loaded version of a plugin (each load or reload is a new generation).</summary>
/// <param name="Version">The plugin version.</param>
/// <param name="Generation">Counts loads of this plugin since the host started: 1, 2, ...</param>
/// <param name="State">Where this version is in its lifecycle.</param>
/// <param name="LoadedAt">When it loaded.</param>
/// <param name="Leases">Pieces of work running on it now.</param>
/// <param name="PinnedInstances">The workflow instances pinned to it.</param>
/// <param name="Error">How it faulted, or what holds it when stuck.</param>
public sealed record PluginVersionInfo(string Version, int Generation, PluginVersionState State, DateTimeOffset LoadedAt, int Leases, IReadOnlyList<string> PinnedInstances, string? Error);
