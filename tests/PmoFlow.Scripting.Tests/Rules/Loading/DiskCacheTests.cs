using Microsoft.Extensions.Logging.Abstractions;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Loading;

/// <summary>Compiled packs are kept on disk by content: a restart with unchanged rules compiles nothing.</summary>
public sealed class DiskCacheTests
{
    [Fact]
    public void Load_AfterARestartWithTheSameRules_CompilesNothing()
    {
        using var folder = new TempFolder();
        var source = Rule.Default();

        var (firstCompiler, first) = Load(folder.Path, source);
        Assert.Equal(1, firstCompiler.CompileCount);
        Assert.False(first.Version!.FromCache);

        // A new process: new compiler, new loader, same cache folder.
        var (secondCompiler, second) = Load(folder.Path, source);
        Assert.Equal(0, secondCompiler.CompileCount);
        Assert.True(second.Version!.FromCache);

        var context = SampleContexts.Onboarding();
        var evaluate = (RulePackVersion v) => PmoFlow.Scripting.Rules.Evaluation.RulePackEvaluation.Evaluate(v, context, new Dictionary<string, decimal>(),
            PmoFlow.Abstractions.Rules.RuleLimits.Default, TimeProvider.System).Evaluation;
        Assert.Equal(evaluate(first.Version).Clauses, evaluate(second.Version).Clauses);
        first.Version.Release();
        second.Version.Release();
    }

    [Fact]
    public void Archive_ChangedRule_KeepsBothVersionsSources()
    {
        using var folder = new TempFolder();
        var one = Rule.Single("Require(\"a\", \"a\", \"one\", \"a\", true, \"\");\n");
        var two = Rule.Single("Require(\"a\", \"a\", \"two\", \"a\", true, \"\");\n");
        var (_, first) = Load(folder.Path, one);
        first.Version!.Release();

        var (compiler, loaded) = Load(folder.Path, two);
        loaded.Version!.Release();
        var loader = new RulePackLoader(compiler, new RulePackCache(folder.Path), TimeProvider.System, NullLogger<RulePackLoader>.Instance);
        // Loading alone archives nothing (a candidate checked or compared is not a version that decides gates).
        Assert.Null(loader.FindArchived(one.Hash));
        loader.Archive(one);
        loader.Archive(two);

        Assert.Equal(1, compiler.CompileCount);
        Assert.Equal(one.Files, loader.FindArchived(one.Hash)!.Files);
        var cache = new RulePackCache(folder.Path);
        Assert.Equal(one.Files, cache.ReadSources(one.Hash)!.Files);
        Assert.Equal(two.Files, cache.ReadSources(two.Hash)!.Files);
        Assert.Null(cache.ReadSources(new string('0', 64)));
    }

    [Fact]
    public void Load_DamagedCachedImage_CompilesAgainAndReplacesIt()
    {
        using var folder = new TempFolder();
        var source = Rule.Single("Require(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");
        Load(folder.Path, source).Result.Version!.Release();
        foreach (var dll in Directory.GetFiles(Path.Combine(folder.Path, "compiled"), "*.dll")) File.WriteAllText(dll, "not an assembly");

        var (compiler, loaded) = Load(folder.Path, source);
        loaded.Version!.Release();
        var (again, reloaded) = Load(folder.Path, source);
        reloaded.Version!.Release();

        Assert.Equal(1, compiler.CompileCount);
        Assert.Equal(0, again.CompileCount);
    }

    [Fact]
    public void Load_WithoutACacheFolder_StillLoads()
    {
        var (compiler, loaded) = Load(null, Rule.Default());

        Assert.True(loaded.Succeeded);
        Assert.Equal(1, compiler.CompileCount);
        loaded.Version!.Release();
    }

    private static (RulePackCompiler Compiler, RuleLoadResult Result) Load(string? cacheFolder, PmoFlow.Scripting.Rules.Sources.RulePackSource source)
    {
        var compiler = new RulePackCompiler();
        var loader = new RulePackLoader(compiler, new RulePackCache(cacheFolder), TimeProvider.System, NullLogger<RulePackLoader>.Instance);
        var result = loader.Load(source);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (compiler, result);
    }
}
