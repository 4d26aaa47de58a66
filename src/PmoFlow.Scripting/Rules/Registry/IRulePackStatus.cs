namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>The state of every rule pack, for the API and the CLI: what is active, and what failed to load and why.</summary>
internal interface IRulePackStatus
{
    /// <summary>Every pack, in the order the engine asks them.</summary>
    IReadOnlyList<RulePackStatus> Packs { get; }

    /// <summary>Reloads a pack now (as a file change would); returns its status afterwards.</summary>
    RulePackStatus Reload(string pack);
}
