using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>The pack in <see cref="RuleOptions.Folder"/>, asked before the default pack and watched for changes.</summary>
internal sealed class FolderRulePackProvider(IOptions<RuleOptions> options) : IRulePackProvider
{
    public string Name => options.Value.PackName ?? RuleFolder.NameOf(Folder);

    public string Origin => Path.GetFullPath(Folder);

    public int Order => 0;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.Folder);

    public string? WatchFolder => options.Value.Watch ? Origin : null;

    private string Folder => options.Value.Folder ?? throw new InvalidOperationException($"{RuleOptions.SectionName}:Folder is not set.");

    public RulePackSource Read() => RuleFolder.Read(Folder, Name);
}
