using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Cli.Commands;

/// <summary>
/// <c>pmoflow run FILE</c>: imports the workflow (and <c>--import</c> files), then runs it as Elsa's test harness
/// does, resuming bookmarks until it finishes or none remain. WriteLine output goes to stdout, the final status to
/// stderr; exit code 1 only when the instance faulted (or the input was bad).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The workflow definition to run." };
        var imports = new Option<string[]>("--import") { Description = "A definition to register first (child workflows, workflows used as activities). Repeatable." };
        var inputs = new Option<string[]>("--input") { Description = "Workflow input NAME=VALUE; VALUE is read as JSON when it parses, else as text. Repeatable." };
        var mode = new Option<string>("--flowchart-mode") { Description = "Which flowchart engine runs it.", DefaultValueFactory = _ => "token" };
        mode.AcceptOnlyFromAmong("token", "counter");
        var json = new Option<bool>("--json") { Description = "Print the final state (status, variables, outputs, lines) as JSON on stdout instead of the lines." };

        var command = new Command("run", "Run a workflow definition to the end.");
        command.Arguments.Add(file);
        command.Options.Add(imports);
        command.Options.Add(inputs);
        command.Options.Add(mode);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!InputParser.TryParse(parse.GetValue(inputs) ?? [], out var input, out var inputError))
            {
                await error.WriteLineAsync($"error: {inputError}").ConfigureAwait(false);
                return 1;
            }

            using var services = CliServices.Build();
            var definitions = services.GetRequiredService<IWorkflowDefinitionService>();
            foreach (var path in parse.GetValue(imports) ?? [])
            {
                if (await ImportAsync(definitions, path, error).ConfigureAwait(false) is null) return 1;
            }
            var main = await ImportAsync(definitions, parse.GetValue(file)!, error).ConfigureAwait(false);
            if (main is null) return 1;

            var lines = new StringWriter();
            var asJson = parse.GetValue(json);
            var options = new StartWorkflowOptions
            {
                Input = input,
                FlowchartMode = parse.GetValue(mode) == "counter" ? FlowchartMode.Counter : FlowchartMode.Token,
                Output = asJson ? lines : output,
            };
            var state = await services.GetRequiredService<IWorkflowHost>().RunToEndAsync(main, options, cancellationToken).ConfigureAwait(false);

            if (asJson) await output.WriteLineAsync(RunReport.ToJson(state, main, lines.ToString())).ConfigureAwait(false);
            await error.WriteLineAsync(state.Status == WorkflowStatus.Faulted && state.Fault is not null
                ? $"status: Faulted: {state.Fault}"
                : $"status: {state.Status}").ConfigureAwait(false);
            return state.Status == WorkflowStatus.Faulted ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// Registers a file as Elsa's harness does (import publishes). Problems are reported on stderr; only a file
    /// that cannot be read as a definition at all stops the run, since the harness runs what it can import.
    /// </summary>
    private static async Task<Workflows.Model.WorkflowDefinition?> ImportAsync(IWorkflowDefinitionService definitions, string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: $: error: the file does not exist").ConfigureAwait(false);
            return null;
        }
        var result = definitions.Save(await File.ReadAllTextAsync(path).ConfigureAwait(false), SaveOptions.Import with { FailOnValidationErrors = false }, path);
        foreach (var message in result.Validation.Errors)
            await error.WriteLineAsync(ValidateCommand.Format(path, message)).ConfigureAwait(false);
        return result.Definition;
    }
}
