namespace PmoFlow.Core.Ports;

/// <summary>
/// Runs several store calls as one write transaction. Every store call the work makes on its own async flow joins
/// it: reads see one snapshot that no other writer can change underneath, and writes commit together when the work
/// returns, or not at all when it throws. The engine runs each pass over a service this way, so the data a transition
/// was decided on, the transition, its effects and its audit entries are one atomic, isolated unit.
/// </summary>
/// <remarks>
/// The transaction holds the store's write lock while the work runs: keep the work short and free of waits on the
/// outside world. Store calls must not run concurrently inside it. A store write that fails inside it fails the
/// whole transaction, even if the work catches the exception: nothing of it is committed.
/// </remarks>
public interface IStoreTransactions
{
    /// <summary>Runs <paramref name="work"/> in one write transaction; called inside one already running, joins it.</summary>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
