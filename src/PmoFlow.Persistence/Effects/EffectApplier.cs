using PmoFlow.Abstractions.Activities;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Routes each effect to its handler, in the order recorded. An effect without a handler fails the save: never dropped.</summary>
internal sealed class EffectApplier
{
    private readonly Dictionary<string, IEffectHandler> _handlers;

    public EffectApplier(IEnumerable<IEffectHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
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
    }
}
