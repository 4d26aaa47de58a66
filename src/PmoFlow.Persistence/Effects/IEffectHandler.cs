using System.Text.Json.Nodes;

namespace PmoFlow.Persistence.Effects;

/// <summary>Commits one type of <see cref="PmoFlow.Abstractions.Activities.WorkflowEffect"/> inside the instance's save transaction.</summary>
internal interface IEffectHandler
{
    /// <summary>The effect type it handles (<c>pmo.step-entered</c>...).</summary>
    string Type { get; }

    /// <summary>Applies the effect. Throwing rolls back the whole save: the state, and every other effect with it.</summary>
    void Apply(EffectSession session, JsonObject data);
}
