using System.CommandLine;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow rules check|test|whatif|list</c>.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Governance rule packs (folders of .csx gate rules): check and test a pack, see what a changed pack would decide, list the packs in force.");
        command.Subcommands.Add(RulesCheckCommand.Create());
        command.Subcommands.Add(RulesTestCommand.Create());
        command.Subcommands.Add(RulesWhatIfCommand.Create());
        command.Subcommands.Add(RulesListCommand.Create());
        return command;
    }

    /// <summary>The DIR argument the pack commands share.</summary>
    public static Argument<string> Folder() => new("dir") { Description = "A rule pack folder: its *.csx rules, with test cases in DIR/tests/*.json (such as workflows/rules)." };
}
