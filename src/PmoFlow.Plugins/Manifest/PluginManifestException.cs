namespace PmoFlow.Plugins.Manifest;

/// <summary>A <c>plugin.json</c> that is missing or invalid; the message names the file and each JSON path at fault.</summary>
internal sealed class PluginManifestException(string filePath, IReadOnlyList<string> problems)
    : Exception($"{filePath}: " + string.Join("; ", problems))
{
    public string FilePath { get; } = filePath;

    public IReadOnlyList<string> Problems { get; } = problems;
}
