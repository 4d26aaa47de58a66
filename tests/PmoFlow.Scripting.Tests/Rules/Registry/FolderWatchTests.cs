using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Registry;

/// <summary>The configured folder is watched: adding, editing or removing a .csx file replaces its pack.</summary>
public sealed class FolderWatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Watch_EditsInTheFolder_ReloadTheirPack()
    {
        _folder.Write("onboarding.csx", Rule.Header("onboarding") + Says("first"));
        var options = new RuleOptions { CacheFolder = null, Folder = _folder.Path, ReloadDelay = TimeSpan.FromMilliseconds(50) };
        using var engine = new RuleEngine(options, new FolderRulePackProvider(Options.Create(options)));
        engine.Registry.StartWatching();
        Assert.Equal("first", Observed(engine));
        var pack = engine.Registry.Packs.Single();
        Assert.Equal(_folder.Path.Split(Path.DirectorySeparatorChar)[^1], pack.Name);

        _folder.Write("onboarding.csx", Rule.Header("onboarding") + Says("second"));
        await Until(() => Observed(engine) == "second");

        // A broken edit keeps the working version and says why.
        _folder.Write("onboarding.csx", Rule.Header("onboarding") + "Require(\"says\";\n");
        await Until(() => engine.Registry.Packs.Single().HasErrors);
        Assert.Equal("second", Observed(engine));
        Assert.All(engine.Registry.Packs.Single().Errors, e => Assert.Equal(("onboarding.csx", 5), (e.File, e.Line)));

        // A new file for another gate adds its rules.
        _folder.Write("onboarding.csx", Rule.Header("onboarding") + Says("third"));
        _folder.Write("sponsor.csx", Rule.Header("sponsor", "gate-1-2") + Says("sponsored"));
        await Until(() => engine.Evaluator.Handles("gate-1-2") && Observed(engine) == "third");
        Assert.False(engine.Registry.Packs.Single().HasErrors);

        // Removing every file leaves a pack that decides nothing: its gates fall through to the next pack.
        File.Delete(_folder.Combine("onboarding.csx"));
        File.Delete(_folder.Combine("sponsor.csx"));
        await Until(() => !engine.Evaluator.Handles("gate-5-6") && !engine.Evaluator.Handles("gate-1-2"));
    }

    public void Dispose() => _folder.Dispose();

    private static string Says(string word) => $"Require(\"says\", \"the probe says a word\", \"{word}\", \"a word\", true, \"\");\n";

    private static string Observed(RuleEngine engine) => engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed;

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the folder change was not picked up within 15 s");
            await Task.Delay(25);
        }
    }
}
