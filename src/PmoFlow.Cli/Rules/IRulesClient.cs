using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>
/// What the rule and replay commands ask of PmoFlow, from the local database (<see cref="LocalRulesClient"/>) or a
/// running server (<see cref="HttpRulesClient"/>); both answer with the same contracts. Failures the user can act on
/// are <see cref="Pmo.CliException"/>s or the store's <see cref="Core.Ports.PmoDataException"/>.
/// </summary>
internal interface IRulesClient : IAsyncDisposable
{
    /// <summary>What the client talks to, for messages.</summary>
    string Target { get; }

    Task<IReadOnlyList<RulePackView>> ListPacksAsync(CancellationToken cancellationToken);

    Task<RuleWhatIfView> WhatIfAsync(RulePackFiles candidate, CancellationToken cancellationToken);

    Task<GateReplayView> ReplayAsync(string evaluationId, GateReplayMode mode, CancellationToken cancellationToken);
}
