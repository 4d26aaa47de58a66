using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PmoFlow.Core.Engine;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>
/// Deletes the work item the transition consumed. A missing row is not an error: the item asked for the gate to be
/// looked at again, and it was; failing here would only wedge the instance on every later save.
/// </summary>
internal sealed class WorkDoneHandler(ILogger<WorkDoneHandler> logger) : IEffectHandler
{
    public string Type => PmoEffects.WorkDoneType;

    public void Apply(DbSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.WorkDone>(data, Type);
        if (session.Execute("DELETE FROM pending_work WHERE id = @WorkId", new { e.WorkId }) == 0)
            logger.WorkAlreadyDone(e.WorkId);
    }
}
