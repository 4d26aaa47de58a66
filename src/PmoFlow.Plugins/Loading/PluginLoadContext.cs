using System.Reflection;
using System.Runtime.Loader;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// One collectible load context per plugin version. Shared assemblies come from the host; everything else resolves
/// through the plugin's <c>.deps.json</c> (managed, satellite and native) and stays private to the plugin, so two
/// plugins may carry two versions of the same library. Managed assemblies and their PDBs are read into memory and
/// loaded from there: the files stay free to be replaced while this version runs.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly SharedAssemblies _shared;
    private readonly string _entryPath;
    private readonly string _nativeFolder;
    private readonly List<string> _ignoredCopies = [];

    public PluginLoadContext(string name, string entryPath, SharedAssemblies shared, string nativeFolder)
        : base(name, isCollectible: true)
    {
        _entryPath = entryPath;
        _resolver = new AssemblyDependencyResolver(entryPath);
        _shared = shared;
        _nativeFolder = nativeFolder;
    }

    /// <summary>Shared assemblies the plugin asked for and also carries itself; the host's copy was used.</summary>
    public IReadOnlyList<string> IgnoredCopies
    {
        get
        {
            lock (_ignoredCopies) return [.. _ignoredCopies];
        }
    }

    /// <summary>Native libraries copied out of the plugin folder for this version.</summary>
    public string NativeFolder => _nativeFolder;

    public Assembly LoadEntry() => LoadFromFile(_entryPath);

    public Assembly LoadPrivate(string path) => LoadFromFile(path);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } simpleName && _shared.TryGet(simpleName, out var host))
        {
            if (_resolver.ResolveAssemblyToPath(assemblyName) is { } copy)
            {
                lock (_ignoredCopies) _ignoredCopies.Add($"{Path.GetFileName(copy)} (host has {host.GetName().Version})");
            }
            return host;
        }
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        // No path: a framework assembly (or one the plugin does not carry), which the default context supplies.
        return path is null ? null : LoadFromFile(path);
    }

    protected override nint LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? 0 : LoadUnmanagedDllFromPath(ShadowCopy(path));
    }

    private Assembly LoadFromFile(string path)
    {
        using var assembly = new MemoryStream(File.ReadAllBytes(path), writable: false);
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        using var pdb = File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath), writable: false) : null;
        return LoadFromStream(assembly, pdb);
    }

    // A native library can only be loaded from a file, and the OS keeps it open (and, on Windows, locked) until the
    // process ends: load a copy so the plugin folder stays replaceable.
    private string ShadowCopy(string path)
    {
        Directory.CreateDirectory(_nativeFolder);
        var copy = Path.Combine(_nativeFolder, Path.GetFileName(path));
        if (!File.Exists(copy)) File.Copy(path, copy);
        return copy;
    }
}
