using Microsoft.Extensions.Options;
using PmoFlow.Hosting.Rules;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Hosting.Plugins.Rules;

/// <summary>
/// The rule pack of the loaded industry plugins (<see cref="PluginRuleBuilder"/>), asked after a configured folder's
/// pack and before the default pack. It needs the default pack (it runs the default rules of the gates it decides),
/// so it is off with it: the built-in C# rules cannot be combined with a pack's. <see cref="PluginRuleSync"/> reloads it
/// when the plugins change.
/// </summary>
internal sealed class PluginRulePack(IPluginContributions contributions, IOptions<RuleOptions> options) : IRulePackProvider
{
    public const string PackName = "plugins";
    private const int BuildsKept = 8;

    private static readonly PluginRuleBuild Nothing = new(new RulePackSource(PackName, "no plugin read yet", []), null,
        new Dictionary<string, PluginRuleFile>(), []);

    private readonly Lock _builds = new();
    private readonly List<PluginRuleBuild> _recent = [];
    private PluginRuleBuild _last = Nothing;

    public string Name => PackName;

    public string Origin => "the loaded industry plugins' rules, with the default rules of the gates they add to";

    public int Order => 500;

    public bool IsEnabled => options.Value.UseDefaultPack;

    public string? WatchFolder => null;

    /// <summary>What the registry read last.</summary>
    public PluginRuleBuild Last => Volatile.Read(ref _last);

    public RulePackSource Read()
    {
        var build = PluginRuleBuilder.Build(PackName, Origin, contributions.Current, new EmbeddedRulePack(options).Read());
        lock (_builds)
        {
            _recent.RemoveAll(b => b.Source.Hash == build.Source.Hash);
            _recent.Add(build);
            if (_recent.Count > BuildsKept) _recent.RemoveAt(0);
        }
        Volatile.Write(ref _last, build);
        return build.Source;
    }

    /// <summary>A recently read version by its content hash, to tell whose rule failed in an evaluation it made.</summary>
    public PluginRuleBuild? Find(string hash)
    {
        lock (_builds) return _recent.LastOrDefault(b => b.Source.Hash == hash);
    }
}
