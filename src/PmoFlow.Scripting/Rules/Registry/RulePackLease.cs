using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>Holds a pack version for the length of an evaluation: it cannot unload until this is disposed.</summary>
internal sealed class RulePackLease(RulePackVersion version) : IDisposable
{
    private int _disposed;

    public RulePackVersion Version { get; } = version;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) Version.Release();
    }
}
