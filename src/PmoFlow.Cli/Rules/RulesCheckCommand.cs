using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Output;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow rules check DIR</c>: compile and check against the allow-list, running nothing; one line per problem.</summary>
internal static class RulesCheckCommand
{
    public static Command Create()
    {
        var folder = RulesCommand.Folder();
        var command = new Command("check",
            "Compile a rule pack and check it against the allow-list without running it. Prints each problem as FILE(LINE,COL): error|warning CODE: MESSAGE " +
            "and exits 1 when any rule has an error (warnings are printed and do not fail the check). Needs no database.");
        command.Arguments.Add(folder);
        RuleCommand.SetAction(command, parse =>
        {
            var dir = parse.GetValue(folder)!;
            return (output, _, _) =>
            {
                var pack = RuleFolderInput.Read(dir);
                using var services = WorkbenchServices.Build();
                var result = services.GetRequiredService<IRuleWorkbench>().Check(pack);
                foreach (var d in result.Diagnostics) output.WriteLine(RuleFolderInput.Line(dir, pack, d));
                var errors = result.Diagnostics.Count(d => d.IsError);
                var warnings = result.Diagnostics.Count - errors;
                if (result.Rules.Count > 0)
                {
                    var table = new TextTable("RULE", "GATES", "VERSION", "FILE");
                    foreach (var r in result.Rules) table.Add(r.Id, string.Join(",", r.Gates), r.Version, r.File);
                    if (result.Diagnostics.Count > 0) output.WriteLine();
                    table.WriteTo(output);
                }
                output.WriteLine($"{dir}: {Count(result.Rules.Count, "rule")}, {(errors + warnings == 0 ? "no problems" : $"{Count(errors, "error")}, {Count(warnings, "warning")}")}; content hash sha256:{result.Hash}");
                return Task.FromResult(result.Succeeded ? 0 : 1);
            };
        });
        return command;
    }

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
