using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Output;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary><c>pmoflow rules test DIR</c>: run the test cases stored beside the rules and print a pass/fail table.</summary>
internal static class RulesTestCommand
{
    public static Command Create()
    {
        var folder = RulesCommand.Folder();
        var command = new Command("test",
            "Run the test cases stored beside a rule pack (DIR/tests/*.json: a service's data, a virtual time, the expected outcome and clauses) " +
            "and print a pass/fail table. Exits 1 when the pack does not compile, a case fails or a test file does not read, or there are no cases. Needs no database.");
        command.Arguments.Add(folder);
        RuleCommand.SetAction(command, parse =>
        {
            var dir = parse.GetValue(folder)!;
            return (output, error, _) =>
            {
                var pack = RuleFolderInput.Read(dir);
                if (pack.Tests.Count == 0) throw new Pmo.CliException($"{dir}: no test cases (put them in {Path.Join(dir, "tests")}/*.json)");
                using var services = WorkbenchServices.Build();
                var run = services.GetRequiredService<IRuleWorkbench>().Test(pack);
                foreach (var d in run.Diagnostics) output.WriteLine(RuleFolderInput.Line(dir, pack, d));
                if (run.Diagnostics.Any(d => d.IsError))
                {
                    error.WriteLine($"error: {dir}: the pack does not compile, so no case ran");
                    return Task.FromResult(1);
                }

                var table = new TextTable("RESULT", "GATE", "OUTCOME", "FILE", "CASE");
                foreach (var c in run.Cases) table.Add(c.Passed ? "pass" : "FAIL", c.Gate, c.Actual?.ToString() ?? "-", c.File, c.Case);
                table.WriteTo(output);
                var failed = run.Cases.Where(c => !c.Passed).ToList();
                if (failed.Count > 0)
                {
                    output.WriteLine();
                    output.WriteLine("failures");
                    foreach (var c in failed)
                    {
                        output.WriteLine($"  {c.File}: {c.Case}");
                        foreach (var failure in c.Failures) output.WriteLine($"    {failure}");
                    }
                }
                output.WriteLine($"{RulesCheckCommand.Count(run.Cases.Count, "case")}: {run.Passed} passed, {run.Failed} failed");
                return Task.FromResult(run.Succeeded && run.Cases.Count > 0 ? 0 : 1);
            };
        });
        return command;
    }
}
