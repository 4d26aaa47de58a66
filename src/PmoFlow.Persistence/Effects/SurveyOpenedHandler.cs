using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;
using PmoFlow.Persistence.Pmo;

namespace PmoFlow.Persistence.Effects;

/// <summary>Records that a pulse survey opened; the responses arrive later through the store.</summary>
internal sealed class SurveyOpenedHandler : IEffectHandler
{
    public string Type => PmoEffects.SurveyOpenedType;

    public void Apply(EffectSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.SurveyOpened>(data, Type);
        Guards.RequireService(session.Db, e.ServiceId);
        session.Audit(e.At, e.ServiceId, "survey.opened", e);
    }
}
