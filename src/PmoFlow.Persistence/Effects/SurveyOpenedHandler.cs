using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Records that a pulse survey opened; the responses arrive later through the store.</summary>
internal sealed class SurveyOpenedHandler : IEffectHandler
{
    public string Type => PmoEffects.SurveyOpenedType;

    public void Apply(DbSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.SurveyOpened>(data, Type);
        Guards.RequireService(session, e.ServiceId);
        AuditLog.Append(session, e.At, AuditLog.EngineActor, e.ServiceId, "survey.opened", e);
    }
}
