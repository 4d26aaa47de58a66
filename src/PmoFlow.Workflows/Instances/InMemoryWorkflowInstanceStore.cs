using System.Collections.Concurrent;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Instances;

/// <summary>
/// Keeps instances as serialized JSON, so every load is a real round trip through the same state a durable
/// store would write: what resumes here would resume in another process.
/// </summary>
internal sealed class InMemoryWorkflowInstanceStore : IWorkflowInstanceStore, IWorkflowInstanceQueries
{
    private readonly ConcurrentDictionary<string, (long Order, string Json)> _instances = new(StringComparer.Ordinal);
    private long _order;

    public Task SaveAsync(WorkflowInstanceState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.PendingEffects.Count > 0)
            throw new InvalidOperationException(
                $"Instance {state.InstanceId} recorded effects ({string.Join(", ", state.PendingEffects.Select(e => e.Type).Distinct())}) that only a durable store can commit; use the SQLite store (UseSqlite).");
        var json = InstanceStateSerializer.Serialize(state);
        _instances.AddOrUpdate(state.InstanceId, _ => (Interlocked.Increment(ref _order), json), (_, old) => (old.Order, json));
        return Task.CompletedTask;
    }

    public Task<WorkflowInstanceState?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_instances.TryGetValue(instanceId, out var entry) ? InstanceStateSerializer.Deserialize(entry.Json) : null);

    public Task<IReadOnlyList<WorkflowInstanceState>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkflowInstanceState>>(
            _instances.Values.OrderBy(e => e.Order).Select(e => InstanceStateSerializer.Deserialize(e.Json)).ToArray());

    public async Task<WorkflowInstanceState?> FindByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault(s => s.CorrelationId == correlationId);

    public async Task<IReadOnlyList<DueBookmark>> ListDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false))
            .SelectMany(s => s.Bookmarks.Where(b => b.ResumeAt <= now).Select(b => new DueBookmark(s.InstanceId, b.Id, s.CorrelationId, b.ResumeAt!.Value)))
            .OrderBy(b => b.ResumeAt).Take(max).ToArray();
}
