using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Pmo;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>The rule commands on the local database, with the rule packs this process loads (the default pack, and <c>PmoFlow:Rules:Folder</c> if set).</summary>
internal sealed class LocalRulesClient : IRulesClient
{
    private readonly ServiceProvider _services;
    private readonly IRuleAdmin _admin;

    private LocalRulesClient(ServiceProvider services, string target)
    {
        _services = services;
        _admin = services.GetRequiredService<IRuleAdmin>();
        Target = target;
    }

    public string Target { get; }

    public static async Task<LocalRulesClient> OpenAsync(string? database, CancellationToken cancellationToken) =>
        new(await LocalServices.StartAsync(database, cancellationToken).ConfigureAwait(false), LocalServices.Target(database));

    public Task<IReadOnlyList<RulePackView>> ListPacksAsync(CancellationToken cancellationToken) => Task.FromResult(_admin.ListPacks());

    public Task<RuleWhatIfView> WhatIfAsync(RulePackFiles candidate, CancellationToken cancellationToken) => _admin.WhatIfAsync(candidate, cancellationToken);

    public Task<GateReplayView> ReplayAsync(string evaluationId, GateReplayMode mode, CancellationToken cancellationToken) =>
        mode == GateReplayMode.Replay ? _admin.ReplayAsync(evaluationId, cancellationToken) : _admin.ReevaluateAsync(evaluationId, cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
