using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>The rule-pack services wired as AddPmoFlowRules wires them, over the providers a test gives.</summary>
internal sealed class RuleEngine : IDisposable
{
    public RuleEngine(RuleOptions? options = null, params IRulePackProvider[] providers)
    {
        Options = options ?? new RuleOptions { CacheFolder = null };
        var wrapped = Microsoft.Extensions.Options.Options.Create(Options);
        Compiler = new RulePackCompiler();
        Cache = new RulePackCache(Options.CacheFolder);
        Loader = new RulePackLoader(Compiler, Cache, TimeProvider.System, NullLogger<RulePackLoader>.Instance);
        Registry = new RulePackRegistry(providers, Loader, wrapped, TimeProvider.System, NullLogger<RulePackRegistry>.Instance);
        Evaluator = new RulePackGateEvaluator(Registry, wrapped, TimeProvider.System, NullLogger<RulePackGateEvaluator>.Instance);
        Checker = new RuleChecker(Compiler);
        Tests = new RuleTestRunner(Loader, wrapped, TimeProvider.System);
        Replay = new RuleReplay(Registry, Loader, [Evaluator, BuiltInRules.Evaluator], wrapped, TimeProvider.System);
        WhatIf = new RuleWhatIf(Loader, [Evaluator, BuiltInRules.Evaluator], wrapped, TimeProvider.System);
    }

    public RuleOptions Options { get; }

    public RulePackCompiler Compiler { get; }

    public RulePackCache Cache { get; }

    public RulePackLoader Loader { get; }

    public RulePackRegistry Registry { get; }

    public RulePackGateEvaluator Evaluator { get; }

    public RuleChecker Checker { get; }

    public RuleTestRunner Tests { get; }

    public RuleReplay Replay { get; }

    public RuleWhatIf WhatIf { get; }

    public void Dispose() => Registry.Dispose();
}
