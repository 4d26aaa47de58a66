using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow validate FILE...</c>: one line per problem, exit 1 when any file has errors.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Workflow definition JSON files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check workflow definition files: JSON, structure, connections, activity types and expressions.");
        command.Arguments.Add(files);
        command.SetAction((parse, _) =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var services = CliServices.Build();
            var validator = services.GetRequiredService<IWorkflowValidator>();
            var failed = false;
            foreach (var file in parse.GetValue(files) ?? [])
            {
                if (!File.Exists(file))
                {
                    output.WriteLine($"{file}: $: error: the file does not exist");
                    failed = true;
                    continue;
                }
                var result = validator.Validate(File.ReadAllText(file), file);
                foreach (var message in result.Messages) output.WriteLine(Format(file, message));
                failed |= result.HasErrors;
                if (result.Messages.Count == 0) output.WriteLine($"{file}: ok");
            }
            return Task.FromResult(failed ? 1 : 0);
        });
        return command;
    }

    /// <summary><c>FILE: PATH: message</c>, with the severity and the line and column when known.</summary>
    public static string Format(string file, ValidationMessage message)
    {
        var severity = message.Severity == ValidationSeverity.Error ? "error" : "warning";
        var where = message.Line is null ? "" : $" (line {message.Line}, column {message.Column})";
        return $"{file}: {message.Path}: {severity}: {message.Message}{where}";
    }
}
