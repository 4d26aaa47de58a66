using System.CommandLine;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow rules whatif DIR</c>: a changed pack against every live service; the services whose outcome would change, with both explanations.</summary>
internal static class RulesWhatIfCommand
{
    public static Command Create()
    {
        var folder = RulesCommand.Folder();
        var command = new Command("whatif",
            "Evaluate a changed rule pack against every service's current gate, on the data stored now, beside the rules in force, and list the services " +
            "whose outcome would change with both explanations. Nothing is stored and nothing advances. Works on the local database, or on a running " +
            "server with --server. Exits 1 when the pack does not compile.");
        command.Arguments.Add(folder);
        RuleCommand.SetAction(command, parse =>
        {
            var dir = parse.GetValue(folder)!;
            var pack = RuleFolderInput.Read(dir);
            return async (client, output, error, cancellationToken) =>
            {
                var report = await client.WhatIfAsync(pack, cancellationToken).ConfigureAwait(false);
                foreach (var d in report.Diagnostics) output.WriteLine(RuleFolderInput.Line(dir, pack, d));
                if (!report.Succeeded)
                {
                    await error.WriteLineAsync($"error: {dir}: the pack does not compile, so nothing was compared").ConfigureAwait(false);
                    return 1;
                }

                output.WriteLine($"candidate rules/{report.Pack}@sha256:{report.Hash} from {dir}, against {client.Target}");
                output.WriteLine($"{RulesCheckCommand.Count(report.Services, "service")}, {report.Compared} at a gate the candidate decides, " +
                    $"{report.Changes.Count} would change");
                foreach (var change in report.Changes)
                {
                    output.WriteLine();
                    output.WriteLine($"{change.ServiceId}  {change.Gate}: {change.Today.Outcome} -> {change.Candidate.Outcome}");
                    DecisionWriter.Write(output, "  ", "today      ", change.Today);
                    DecisionWriter.Write(output, "  ", "candidate  ", change.Candidate);
                }
                return 0;
            };
        });
        return command;
    }
}
