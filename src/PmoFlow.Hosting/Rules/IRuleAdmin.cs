namespace PmoFlow.Hosting.Rules;

/// <summary>
/// The live rule packs, for the admin API and the CLI: what is in force, what a changed pack would decide, and past
/// decisions made again. Unknown evaluation ids raise <see cref="Core.Ports.PmoDataException"/> with <c>IsNotFound</c>
/// (field <c>evaluationId</c>); an evaluation that cannot be replayed raises it without, saying why.
/// </summary>
public interface IRuleAdmin
{
    /// <summary>Every pack in the order the engine asks them, with its active version, rules and last load errors.</summary>
    IReadOnlyList<RulePackView> ListPacks();

    /// <summary>
    /// Reads pack <paramref name="name"/> again and activates it if it changed and loads (as a change in its watched
    /// folder would); a version with errors leaves the working one active. Returns the pack afterwards.
    /// </summary>
    /// <exception cref="Core.Ports.PmoDataException">No pack has that name (<c>IsNotFound</c>, field <c>name</c>).</exception>
    RulePackView ReloadPack(string name);

    /// <summary>
    /// Evaluates <paramref name="candidate"/> against every service's current gate, on the data stored now, beside the
    /// rules in force, and lists the services whose outcome it would change. Nothing is stored and nothing advances.
    /// </summary>
    /// <exception cref="ArgumentException">The pack is not valid input (<see cref="RulePackFiles.Validate"/>).</exception>
    Task<RuleWhatIfView> WhatIfAsync(RulePackFiles candidate, CancellationToken cancellationToken = default);

    /// <summary>Makes a recorded decision again with the rule pack version it used, on the data it saw.</summary>
    Task<GateReplayView> ReplayAsync(string evaluationId, CancellationToken cancellationToken = default);

    /// <summary>Makes a recorded decision again with the rules in force today, on the data it saw: would it pass now?</summary>
    Task<GateReplayView> ReevaluateAsync(string evaluationId, CancellationToken cancellationToken = default);
}
