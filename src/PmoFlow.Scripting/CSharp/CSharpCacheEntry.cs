namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// A cache slot. <see cref="Lazy{T}"/> makes concurrent first calls compile once; the evicted/released
/// flags make sure an entry evicted while still compiling releases its load context when compiling ends.
/// </summary>
internal sealed class CSharpCacheEntry
{
    private readonly Lazy<CompiledExpression> _value;
    private int _evicted;
    private int _released;

    public CSharpCacheEntry(Func<CompiledExpression> compile)
        => _value = new Lazy<CompiledExpression>(compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public CSharpCacheEntry(CompiledExpression compiled) => _value = new Lazy<CompiledExpression>(compiled);

    /// <summary>Environment.TickCount64 at the last use; a plain write, since eviction only needs an approximate order.</summary>
    public long LastUsed { get; private set; } = Environment.TickCount64;

    public bool IsCompiled => _value.IsValueCreated;

    public CompiledExpression Get()
    {
        var compiled = _value.Value;
        LastUsed = Environment.TickCount64;
        if (Volatile.Read(ref _evicted) != 0)
        {
            TryRelease();
        }

        return compiled;
    }

    /// <summary>Marks the entry as no longer cached and releases its load context if it has finished compiling.</summary>
    public void Evict()
    {
        Interlocked.Exchange(ref _evicted, 1);
        TryRelease();
    }

    private void TryRelease()
    {
        if (_value.IsValueCreated && Interlocked.Exchange(ref _released, 1) == 0)
        {
            _value.Value.Unit?.Release();
        }
    }
}
