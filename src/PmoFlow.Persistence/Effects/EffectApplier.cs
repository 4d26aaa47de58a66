using Microsoft.Extensions.Logging;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Routes each effect to its handler, in the order recorded. An effect without a handler fails the save: never dropped.</summary>
internal sealed class EffectApplier
{
    private static readonly SqlLists DeleteWork = new("DELETE FROM pending_work WHERE id IN (", columns: 1, ")");

    private readonly Dictionary<string, IEffectHandler> _handlers;
    private readonly ILogger<EffectApplier> _logger;

    public EffectApplier(IEnumerable<IEffectHandler> handlers, ILogger<EffectApplier> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _logger = logger;
        _handlers = new Dictionary<string, IEffectHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Type, handler))
                throw new InvalidOperationException($"Two handlers for effect type '{handler.Type}': {_handlers[handler.Type].GetType().Name} and {handler.GetType().Name}.");
        }
    }

    public void Apply(DbSession session, IReadOnlyList<WorkflowEffect> effects)
    {
        if (effects.Count == 0) return;
        var effectSession = new EffectSession(session);
        foreach (var effect in effects)
        {
            if (!_handlers.TryGetValue(effect.Type, out var handler))
                throw new InvalidOperationException(
                    $"No handler for workflow effect '{effect.Type}' (known: {string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal))}); the instance was not saved.");
            handler.Apply(effectSession, effect.Data);
        }
        if (effectSession.AuditEntries.Count > 0) AuditLog.Append(session, effectSession.AuditEntries);
        Delete(session, effectSession.DoneWork);
    }

    /// <summary>
    /// A missing row is not an error: the item asked for the gate to be looked at again, and it was; failing here would
    /// only wedge the instance on every later save.
    /// </summary>
    private void Delete(DbSession session, IReadOnlyList<long> work)
    {
        for (var start = 0; start < work.Count; start += SqlLists.MaxRows)
        {
            var count = Math.Min(SqlLists.MaxRows, work.Count - start);
            var ids = new object?[count];
            for (var i = 0; i < count; i++) ids[i] = work[start + i];
            var deleted = session.ExecutePositional(DeleteWork.Text(count), ids);
            if (deleted < count) _logger.WorkAlreadyDone(count - deleted, string.Join(", ", ids));
        }
    }
}
