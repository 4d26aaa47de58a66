using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>A pack provider whose sources the test sets (and swaps) in memory.</summary>
internal sealed class PackProvider(string name, RulePackSource source, int order = 100) : IRulePackProvider
{
    private RulePackSource _source = source;

    public string Name => name;

    public string Origin => "memory";

    public int Order => order;

    public bool IsEnabled => true;

    public string? WatchFolder => null;

    public RulePackSource Source
    {
        get => Volatile.Read(ref _source);
        set => Volatile.Write(ref _source, value);
    }

    public RulePackSource Read() => new(name, Origin, Source.Files, Source.Tests);
}
