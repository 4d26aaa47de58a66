using System.CommandLine;
using PmoFlow.Cli.Output;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow rules list</c>: the packs in force, in the order the engine asks them, with their rules and last load errors.</summary>
internal static class RulesListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the rule packs in force, in the order the engine asks them: active version, rules with gates and versions, and the last load errors.");
        RuleCommand.SetAction(command, _ => async (client, output, _, cancellationToken) =>
        {
            var packs = await client.ListPacksAsync(cancellationToken).ConfigureAwait(false);
            var first = true;
            foreach (var pack in packs)
            {
                if (!first) output.WriteLine();
                first = false;
                output.WriteLine($"{pack.Name}: {State(pack)}");
                output.WriteLine($"  origin   {pack.Origin}");
                if (pack.Evaluator is not null)
                    output.WriteLine($"  version  {pack.Evaluator}, since {ServiceText.Time(pack.ActiveSince!.Value)}{(pack.FromCache ? " (from the disk cache)" : "")}");
                if (pack.Rules.Count > 0)
                {
                    var table = new TextTable("  RULE", "GATES", "VERSION", "FILE");
                    foreach (var r in pack.Rules) table.Add("  " + r.Id, string.Join(",", r.Gates), r.Version, r.File);
                    table.WriteTo(output);
                }
                if (pack.LastLoadErrors.Count > 0)
                {
                    output.WriteLine($"  the latest version (sha256:{pack.FailedHash ?? "?"}) does not load:");
                    foreach (var d in pack.LastLoadErrors) output.WriteLine($"    {d.Text}");
                }
            }
            if (packs.Count == 0) output.WriteLine("no rule packs: the built-in rules decide every gate");
            return 0;
        });
        return command;
    }

    private static string State(RulePackView pack) => pack.State switch
    {
        RulePackState.Active => $"active, {RulesCheckCommand.Count(pack.Rules.Count, "rule")}",
        RulePackState.ActiveWithErrors => $"active, {RulesCheckCommand.Count(pack.Rules.Count, "rule")}; its latest edit has errors and is not active",
        _ => "not active: it has never loaded",
    };
}
