namespace PmoFlow.Plugins.Manifest;

/// <summary>Another plugin this one needs loaded first, within a version range.</summary>
internal sealed record PluginDependency(string Id, VersionRange Versions);
