using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Hosting.Rules;

/// <summary>The live rule packs' status, what-if against the stored services, and replay of recorded decisions.</summary>
internal sealed class RuleAdmin(IRulePackStatus status, RuleWhatIf whatIf, RuleReplay replay, IPmoStore store, IGateEvaluationReader evaluations,
    TimeProvider clock) : IRuleAdmin
{
    public IReadOnlyList<RulePackView> ListPacks() => [.. status.Packs.Select(RuleViews.Pack)];

    public RulePackView ReloadPack(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (status.Packs.All(p => p.Name != name))
            throw new PmoDataException("name", $"No rule pack is called '{name}' (packs: {string.Join(", ", status.Packs.Select(p => p.Name))}).", isNotFound: true);
        return RuleViews.Pack(status.Reload(name));
    }

    public async Task<RuleWhatIfView> WhatIfAsync(RulePackFiles candidate, CancellationToken cancellationToken = default)
    {
        var source = RuleViews.Source(candidate);
        return RuleViews.WhatIf(await whatIf.CompareAsync(source, store, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false));
    }

    public async Task<GateReplayView> ReplayAsync(string evaluationId, CancellationToken cancellationToken = default)
    {
        var original = await FindAsync(evaluationId, cancellationToken).ConfigureAwait(false);
        return Refusing(() => RuleViews.Replay(GateReplayMode.Replay, replay.Replay(original)));
    }

    public async Task<GateReplayView> ReevaluateAsync(string evaluationId, CancellationToken cancellationToken = default)
    {
        var original = await FindAsync(evaluationId, cancellationToken).ConfigureAwait(false);
        return Refusing(() => RuleViews.Replay(GateReplayMode.Reevaluate, replay.Reevaluate(original)));
    }

    private async Task<GateEvaluation> FindAsync(string evaluationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evaluationId);
        return await evaluations.FindAsync(evaluationId, cancellationToken).ConfigureAwait(false)
            ?? throw new PmoDataException("evaluationId", $"No gate evaluation has id '{evaluationId}'.", isNotFound: true);
    }

    private static GateReplayView Refusing(Func<GateReplayView> work)
    {
        try
        {
            return work();
        }
        catch (ReplayRefusedException ex)
        {
            throw new PmoDataException("evaluationId", ex.Message);
        }
    }
}
