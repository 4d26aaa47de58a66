using System.Reflection;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Spots a plugin that carries its own copy of the SDK. Loaded privately, its classes would implement that copy's
/// <c>IPmoFlowPlugin</c> and <c>IActivity</c>, and a scan for the host's would find nothing, without an error
/// (DESIGN.md §5). The host would use its own copy anyway, but the copy means the plugin was built wrong.
/// </summary>
internal static class ContractCopyCheck
{
    public static string? Find(string folder, DepsFile deps)
    {
        var fileName = SharedAssemblies.ContractName + ".dll";
        var path = Path.Combine(folder, fileName);
        string where;
        if (File.Exists(path))
        {
            where = $"{fileName} {VersionOf(path)} in {folder}";
        }
        else if (deps.RuntimeAssemblies.Contains(fileName, StringComparer.OrdinalIgnoreCase))
        {
            where = $"{fileName} listed in its .deps.json";
        }
        else
        {
            return null;
        }
        return $"the plugin carries its own copy of the SDK ({where}). Its types would implement that copy's IPmoFlowPlugin, " +
            "not the host's, and register nothing. Reference PmoFlow.Abstractions with <Private>false</Private> and " +
            "<ExcludeAssets>runtime</ExcludeAssets> (plugins/Directory.Build.props does), rebuild, and deploy without it.";
    }

    private static string VersionOf(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version?.ToString() ?? "";
        }
        catch (BadImageFormatException)
        {
            return "(not a valid assembly)";
        }
    }
}
