using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Turns a plugin folder into a loaded generation. What can be checked without running plugin code is checked
/// first (SDK range, a copy of the SDK) and refuses the plugin; then its assemblies load into a fresh context, and
/// any exception from its code faults it. On failure the half-built generation is handed back for unloading.
/// </summary>
internal sealed class PluginLoader(SharedAssemblies shared, PluginServices services, TimeProvider time, ILogger logger)
{
    private readonly string _nativeRoot = Path.Combine(Path.GetTempPath(), "pmoflow-plugins", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public PluginGeneration Load(PluginManifest manifest, int number)
    {
        var started = time.GetTimestamp();
        if (SdkCompatibility.CheckManifest(manifest.Sdk) is { } sdk) throw new PluginLoadException(PluginState.Refused, sdk);
        var deps = DepsFile.Read(manifest.EntryPath);
        if (ContractCopyCheck.Find(manifest.Folder, deps) is { } copy) throw new PluginLoadException(PluginState.Refused, copy);

        var name = $"PmoFlow.Plugin {manifest.Id} {manifest.VersionText} #{number}";
        var context = new PluginLoadContext(name, manifest.EntryPath, shared, Path.Combine(_nativeRoot, $"{manifest.Id}-{number}"));
        var generation = new PluginGeneration(manifest, number, context);
        try
        {
            Populate(generation, context, deps);
        }
        catch (PluginLoadException ex)
        {
            throw new PluginLoadException(ex.State, ex.Message) { Generation = generation };
        }
        catch (Exception ex)
        {
            // Anything else came out of the plugin's code or its assemblies.
            throw new PluginLoadException(PluginState.Faulted, $"loading threw {PluginErrors.Describe(ex)}") { Generation = generation };
        }
        generation.LoadedAt = time.GetUtcNow();
        generation.LoadDuration = time.GetElapsedTime(started);
        if (context.IgnoredCopies.Count > 0) logger.SharedCopiesIgnored(manifest.Id, string.Join(", ", context.IgnoredCopies));
        return generation;
    }

    private void Populate(PluginGeneration generation, PluginLoadContext context, DepsFile deps)
    {
        var manifest = generation.Manifest;
        var own = LoadOwnAssemblies(context, manifest, deps);
        var problems = new List<string>();
        var types = own.SelectMany(a => TypeScan.GetTypes(a, problems)).ToArray();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) logger.TypeLoadFailed(manifest.Id, problem);
            throw new PluginLoadException(PluginState.Faulted, $"types failed to load: {string.Join("; ", problems)}");
        }

        var plugin = Create(PluginType(types, manifest));
        var metadata = plugin.Metadata;
        CheckMetadata(metadata, manifest);
        var provider = services.Build(plugin, own);
        generation.Services = provider;
        generation.Industry = metadata.Industry;

        var activities = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in provider.GetServices<IActivity>())
        {
            if (!activities.TryAdd(activity.Descriptor.TypeName, activity))
                throw new PluginLoadException(PluginState.Faulted, $"two activities claim the type name '{activity.Descriptor.TypeName}': {activities[activity.Descriptor.TypeName].GetType()} and {activity.GetType()}");
        }
        generation.Activities = activities;
        generation.Descriptors = [.. activities.Values.Select(a => Detached.Copy(a.Descriptor)).OrderBy(d => d.TypeName, StringComparer.Ordinal)];
        generation.Profile = plugin.Profile is { } profile ? Detached.Copy(profile) : null;
        generation.Wording = plugin.Wording is { } wording ? Detached.Copy(wording) : null;
        generation.Rules = RuleResources.Read(manifest.Id, own);
    }

    private List<Assembly> LoadOwnAssemblies(PluginLoadContext context, PluginManifest manifest, DepsFile deps)
    {
        var own = new List<Assembly> { context.LoadEntry() };
        foreach (var file in deps.OwnAssemblies.Skip(1))
        {
            var simpleName = Path.GetFileNameWithoutExtension(file);
            if (shared.TryGet(simpleName, out _) || !File.Exists(Path.Combine(manifest.Folder, file))) continue;
            own.Add(context.LoadFromAssemblyName(new AssemblyName(simpleName)));
        }
        return own;
    }

    private static Type PluginType(Type[] types, PluginManifest manifest)
    {
        if (manifest.PluginType is { } named)
        {
            var type = types.FirstOrDefault(t => t.FullName == named)
                ?? throw new PluginLoadException(PluginState.Refused, $"plugin.json names pluginType '{named}', which is not in the plugin's assemblies");
            return typeof(IPmoFlowPlugin).IsAssignableFrom(type) && !type.IsAbstract ? type
                : throw new PluginLoadException(PluginState.Refused, $"pluginType '{named}' is not a class implementing IPmoFlowPlugin");
        }
        var candidates = types.Where(t => typeof(IPmoFlowPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false }).ToArray();
        return candidates.Length switch
        {
            1 => candidates[0],
            0 => throw new PluginLoadException(PluginState.Refused, $"no class in {manifest.EntryAssembly} implements IPmoFlowPlugin"),
            _ => throw new PluginLoadException(PluginState.Refused,
                $"several classes implement IPmoFlowPlugin ({string.Join(", ", candidates.Select(t => t.FullName))}); name one as \"pluginType\" in plugin.json"),
        };
    }

    private static IPmoFlowPlugin Create(Type type)
    {
        if (type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is null)
            throw new PluginLoadException(PluginState.Refused, $"{type.FullName} needs a parameterless constructor; put dependencies in ConfigureServices");
        try
        {
            return (IPmoFlowPlugin)Activator.CreateInstance(type, nonPublic: true)!;
        }
        catch (TargetInvocationException ex)
        {
            throw new PluginLoadException(PluginState.Faulted, $"the constructor of {type.FullName} threw {PluginErrors.Describe(ex)}");
        }
    }

    private static void CheckMetadata(PluginMetadata metadata, PluginManifest manifest)
    {
        if (metadata is null) throw new PluginLoadException(PluginState.Refused, "the plugin's Metadata is null");
        if (!string.Equals(metadata.Id, manifest.Id, StringComparison.Ordinal))
            throw new PluginLoadException(PluginState.Refused, $"plugin.json says id '{manifest.Id}' but the plugin's Metadata.Id is '{metadata.Id}'");
        if (!PluginVersions.TryParse(metadata.Version, out var version, out _) || version != manifest.Version)
            throw new PluginLoadException(PluginState.Refused, $"plugin.json says version {manifest.VersionText} but the plugin's Metadata.Version is '{metadata.Version}'");
        if (SdkCompatibility.CheckCompiled(metadata.SdkVersion) is { } sdk) throw new PluginLoadException(PluginState.Refused, sdk);
    }
}
