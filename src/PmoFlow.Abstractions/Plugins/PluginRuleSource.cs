namespace PmoFlow.Abstractions.Plugins;

/// <summary>
/// One governance rule file of a plugin's rule pack, as text: the rule engine compiles it. Plugins embed their
/// <c>.csx</c> files as resources (the plugin build conventions embed <c>rules/**/*.csx</c>) and the host reads them.
/// </summary>
/// <param name="Id">Unique across plugins: <c>{pluginId}/{path without .csx}</c>, such as <c>construction-hse/trir</c>.</param>
/// <param name="FileName">The file's path in the pack, such as <c>trir.csx</c>, for compile errors.</param>
/// <param name="Content">The C# script.</param>
public sealed record PluginRuleSource(string Id, string FileName, string Content);
