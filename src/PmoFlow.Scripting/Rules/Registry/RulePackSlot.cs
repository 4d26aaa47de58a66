using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>One configured pack: its provider, the version evaluations lease now, and its status.</summary>
internal sealed class RulePackSlot(IRulePackProvider provider)
{
    private RulePackVersion? _current;
    private RulePackStatus _status = new(provider.Name, provider.Origin, provider.Order, null, null, null, false, [], [], null, null);

    public IRulePackProvider Provider => provider;

    /// <summary>Serializes reloads of this pack; evaluations never take it.</summary>
    public Lock ReloadLock { get; } = new();

    public RulePackVersion? Current => Volatile.Read(ref _current);

    public RulePackStatus Status
    {
        get => Volatile.Read(ref _status);
        set => Volatile.Write(ref _status, value);
    }

    /// <summary>Makes <paramref name="next"/> current in one step; the caller releases the returned old version.</summary>
    public RulePackVersion? Swap(RulePackVersion? next) => Interlocked.Exchange(ref _current, next);
}
