using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;

namespace PmoFlow.Persistence.Effects;

/// <summary>Deletes the work item the transition consumed (with the others it consumed, in one statement: <see cref="EffectApplier"/>).</summary>
internal sealed class WorkDoneHandler : IEffectHandler
{
    public string Type => PmoEffects.WorkDoneType;

    public void Apply(EffectSession session, JsonObject data) => session.WorkDone(EffectData.Property<long>(data, "workId", Type));
}
