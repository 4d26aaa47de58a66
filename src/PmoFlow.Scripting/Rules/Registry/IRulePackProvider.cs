using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>Where one rule pack's sources come from: the bundled default pack, a configured folder, later a plugin.</summary>
internal interface IRulePackProvider
{
    /// <summary>The pack's name, as records cite it.</summary>
    string Name { get; }

    /// <summary>Where it comes from, for people.</summary>
    string Origin { get; }

    /// <summary>Lower is asked first: the first pack with rules for a gate decides it.</summary>
    int Order { get; }

    /// <summary>Whether the pack is in use.</summary>
    bool IsEnabled { get; }

    /// <summary>A folder whose changes reload the pack, if it is watched.</summary>
    string? WatchFolder { get; }

    /// <summary>Reads the pack's current sources.</summary>
    RulePackSource Read();
}
