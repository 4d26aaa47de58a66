using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Gates;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Scripting;
using PmoFlow.Scripting.Rules;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>
/// A plugin's rule pack, as the loaded plugin hands it over, compiled and evaluated by the real rule engine
/// (AddPmoFlowRules over a folder holding the pack's files), with the plugin profile's gate thresholds in force.
/// </summary>
internal sealed class PluginRulePack : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-industry-tests", Guid.NewGuid().ToString("N"));
    private readonly IndustryProfile _profile;

    public PluginRulePack(PluginContribution plugin, IReadOnlyDictionary<string, decimal>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        _profile = plugin.Profile ?? throw new InvalidOperationException($"{plugin.PluginId} has no profile.");
        Directory.CreateDirectory(_folder);
        foreach (var rule in plugin.Rules)
        {
            // A folder pack reads its top level only, as the plugin conventions keep rules flat.
            if (rule.FileName.Contains('/', StringComparison.Ordinal)) throw new InvalidOperationException($"{rule.Id}: rules sit directly in rules/ ({rule.FileName}).");
            File.WriteAllText(Path.Combine(_folder, rule.FileName), rule.Content);
        }

        Thresholds = ProfileThresholds.Apply(_profile.GateThresholds, overrides);
        var services = new ServiceCollection();
        services.AddSingleton(Log);
        services.AddSingleton(typeof(ILogger<>), typeof(CollectingLogger<>));
        services.AddPmoFlowRules();
        services.Configure<RuleOptions>(o =>
        {
            o.Folder = _folder;
            o.PackName = plugin.PluginId;
            o.UseDefaultPack = false;
            o.Watch = false;
            o.CacheFolder = null;
            foreach (var (name, value) in Thresholds.Named) o.Thresholds[name] = value;
        });
        _provider = services.BuildServiceProvider();
        Evaluator = _provider.GetServices<IGateEvaluator>().Single();
    }

    public LogLines Log { get; } = new();

    /// <summary>The thresholds in force: the profile's defaults with the test's overrides.</summary>
    public ProfileThresholds Thresholds { get; }

    public IGateEvaluator Evaluator { get; }

    /// <summary>Evaluates a gate for a context, with the profile's typed thresholds in force unless the context sets its own.</summary>
    public GateEvaluation Evaluate(GateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Assert.True(Evaluator.Handles(context.Gate), $"The pack has no rule for {context.Gate}. Rule engine log:{Environment.NewLine}{Log}");
        return Evaluator.Evaluate(context with { Thresholds = Thresholds.Typed });
    }

    public void Dispose()
    {
        _provider.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: the temp folder holds a few small files.
        }
    }
}
